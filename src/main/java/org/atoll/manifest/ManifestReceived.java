package org.atoll.manifest;

import java.time.LocalDate;
import java.util.UUID;

/** A manifest was stored for a flight; screening listens to this to check every person before arrival. */
public record ManifestReceived(UUID manifestId, String carrier, String flightNumber, LocalDate flightDate,
                               int passengers, int crew) {
}

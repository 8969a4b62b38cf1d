package org.atoll.movement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.atoll.reference.PortCode;

/**
 * A crossing decided at the border, to record. {@code source} identifies what decided it (the
 * inspection id): recording the same source twice records one movement.
 *
 * @param permitType     on entry, the permit granted (visa or permit type code, or the exemption regime)
 * @param permittedUntil on entry, the last day the traveller may stay
 * @param decision       what the officer decided, e.g. {@code ADMIT}, {@code REFUSE} (a refused entry is
 *                       recorded as a movement that opens no stay)
 */
public record CrossingToRecord(UUID source, TravellerDocument traveller, Direction direction, PortCode port,
                               Instant crossedAt, TransportMode mode, TravellerRole role, Optional<String> carrier,
                               Optional<String> flightOrVessel, Optional<String> permitType,
                               Optional<LocalDate> permittedUntil, String officer, String decision) {

    public CrossingToRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(traveller, "traveller");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(crossedAt, "crossing time");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(role, "role");
        carrier = carrier == null ? Optional.empty() : carrier;
        flightOrVessel = flightOrVessel == null ? Optional.empty() : flightOrVessel;
        permitType = permitType == null ? Optional.empty() : permitType;
        permittedUntil = permittedUntil == null ? Optional.empty() : permittedUntil;
        Objects.requireNonNull(officer, "officer");
        Objects.requireNonNull(decision, "decision");
    }
}

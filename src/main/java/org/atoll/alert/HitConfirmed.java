package org.atoll.alert;

import java.time.Instant;
import java.util.UUID;

/**
 * An officer confirmed that a traveller or document is the one an alert is about. The owning
 * agency is notified; other modules (incidents, inspection) may follow it.
 */
public record HitConfirmed(UUID hitId, UUID alertId, long alertVersion, String externalReference, String owningAgency,
                           String actionOnHit, String confirmedBy, String confirmedByAgency, String note, Instant confirmedAt) {
}

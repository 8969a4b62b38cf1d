package org.atoll.alert.screening;

import java.util.UUID;

/** A presented document that is on the document alert list (exact match on issuing state and number). */
public record DocumentHit(
        UUID alertId, long alertVersion, String documentKey, DocumentAlertType type, TravelDocument presented) {
}

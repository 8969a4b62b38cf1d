package org.atoll.alert.screening;

import java.util.Objects;
import java.util.UUID;

/**
 * A hit adjudicated as a false positive: this alert, in this version, against the traveller
 * holding this document ({@link TravelDocument#documentKey()}). A new alert version brings the hit back.
 */
public record SuppressionKey(UUID alertId, long alertVersion, String travellerDocumentKey) {

    public SuppressionKey {
        Objects.requireNonNull(alertId, "alertId");
        Objects.requireNonNull(travellerDocumentKey, "travellerDocumentKey");
    }

    public static SuppressionKey of(UUID alertId, long alertVersion, TravelDocument document) {
        return new SuppressionKey(alertId, alertVersion, document.documentKey());
    }
}

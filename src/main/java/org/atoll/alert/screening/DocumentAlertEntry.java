package org.atoll.alert.screening;

import java.util.Objects;
import java.util.UUID;
import org.atoll.reference.CountryCode;

/** A document alert: the issuing state and number of a lost, stolen, invalidated or fraudulent document. */
public record DocumentAlertEntry(
        UUID alertId, long alertVersion, CountryCode issuingState, String number, DocumentAlertType type) {

    public DocumentAlertEntry {
        Objects.requireNonNull(alertId, "alertId");
        Objects.requireNonNull(issuingState, "issuingState");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(type, "type");
        if (DocumentKeys.normaliseNumber(number).isEmpty()) {
            throw new IllegalArgumentException("A document number has at least one letter or digit");
        }
    }

    /** The normalised key exact matching uses: issuing state and number without separators. */
    public String documentKey() {
        return DocumentKeys.key(issuingState, number);
    }
}

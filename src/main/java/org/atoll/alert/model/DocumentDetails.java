package org.atoll.alert.model;

import java.util.Objects;

import org.atoll.alert.screening.DocumentKeys;
import org.atoll.alert.screening.TravelDocument;
import org.atoll.reference.CountryCode;

/** The document a document alert is about. */
public record DocumentDetails(CountryCode issuingState, String number, String documentType, DocumentAlertReason reason,
                              String holderName) {

    public DocumentDetails {
        Objects.requireNonNull(issuingState, "issuing state");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(reason, "reason");
        if (DocumentKeys.normaliseNumber(number).isEmpty()) {
            throw new IllegalArgumentException("A document number has at least one letter or digit");
        }
    }

    public TravelDocument travelDocument() {
        return new TravelDocument(issuingState, number);
    }
}

package org.atoll.alert.model;

import java.util.Objects;

import org.atoll.alert.screening.DocumentKeys;
import org.atoll.reference.CountryCode;

/** A travel or identity document a person alert names: type (ICAO code P, ID...), issuing state, number. */
public record IdentityDocument(String type, CountryCode issuingState, String number) {

    public IdentityDocument {
        Objects.requireNonNull(issuingState, "issuing state");
        Objects.requireNonNull(number, "number");
        if (DocumentKeys.normaliseNumber(number).isEmpty()) {
            throw new IllegalArgumentException("A document number has at least one letter or digit");
        }
    }

    public String key() {
        return DocumentKeys.key(issuingState, number);
    }
}

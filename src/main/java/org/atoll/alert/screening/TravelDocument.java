package org.atoll.alert.screening;

import java.util.Objects;
import org.atoll.reference.CountryCode;

/** A document the traveller presents: checked exactly against document alerts, and the key suppressions remember. */
public record TravelDocument(CountryCode issuingState, String number) {

    public TravelDocument {
        Objects.requireNonNull(issuingState, "issuingState");
        Objects.requireNonNull(number, "number");
    }

    public static TravelDocument of(String issuingState, String number) {
        return new TravelDocument(CountryCode.of(issuingState), number);
    }

    /** The traveller document key used for exact document matching and for false-positive suppression. */
    public String documentKey() {
        return DocumentKeys.key(issuingState, number);
    }
}

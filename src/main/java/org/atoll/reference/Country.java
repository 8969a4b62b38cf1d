package org.atoll.reference;

import java.time.LocalDate;

/** A state, organisation or nationality category that may appear in a travel document. */
public record Country(CountryCode code, String alpha2, String name, CountryKind kind, LocalDate validFrom,
                      LocalDate validTo, int version) {

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}

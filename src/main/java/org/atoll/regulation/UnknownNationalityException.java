package org.atoll.regulation;

import org.atoll.reference.CountryCode;

/** The nationality code is not a known country or ICAO code on the arrival date. */
public class UnknownNationalityException extends IllegalArgumentException {

    private final CountryCode nationality;

    public UnknownNationalityException(CountryCode nationality) {
        super("Unknown nationality " + nationality);
        this.nationality = nationality;
    }

    public CountryCode nationality() {
        return nationality;
    }
}

package org.atoll.reference;

import java.time.LocalDate;

/** An airline or shipping line by its designators (IATA two characters, ICAO three letters). */
public record Carrier(String iataCode, String icaoCode, String name, TransportMode mode, CountryCode country,
                      LocalDate validFrom, LocalDate validTo, int version) {

    public enum TransportMode { AIR, SEA }

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    public boolean designatedBy(String code) {
        return code != null && (code.equalsIgnoreCase(iataCode) || code.equalsIgnoreCase(icaoCode));
    }
}

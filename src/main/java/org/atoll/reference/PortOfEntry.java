package org.atoll.reference;

import java.time.LocalDate;

public record PortOfEntry(PortCode code, String name, CountryCode country, PortType type, String iataCode,
                          LocalDate validFrom, LocalDate validTo, int version) {

    public enum PortType { AIR, SEA, LAND }

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}

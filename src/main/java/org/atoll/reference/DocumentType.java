package org.atoll.reference;

import java.time.LocalDate;

/** A travel document type by its ICAO 9303 document code (P, PD, I, V...). */
public record DocumentType(String code, String name, Category category, LocalDate validFrom, LocalDate validTo,
                           int version) {

    public enum Category { PASSPORT, ID_CARD, VISA, OTHER }

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}

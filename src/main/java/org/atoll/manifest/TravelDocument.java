package org.atoll.manifest;

import java.time.LocalDate;
import org.atoll.document.DocumentNumber;
import org.atoll.reference.CountryCode;

/** A travel document declared for a person (PAXLST DOC group): type code such as P, number, issuer, dates. */
public record TravelDocument(String type, DocumentNumber number, CountryCode issuingState, LocalDate expiry,
                             LocalDate issued) {
}

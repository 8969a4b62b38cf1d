package org.atoll.visa;

import java.time.LocalDate;

import org.atoll.document.DocumentNumber;
import org.atoll.reference.CountryCode;

/** A visa was issued on an approved application. */
public record VisaIssued(VisaNumber number, VisaApplicationId applicationId, String visaType, CountryCode nationality,
                         DocumentNumber passportNumber, LocalDate validFrom, LocalDate validUntil) {
}

package org.atoll.visa;

import java.time.LocalDate;

import org.atoll.document.DocumentNumber;
import org.atoll.reference.CountryCode;

/**
 * An extension of stay on a visa was approved: the holder may stay {@code days} longer than the
 * stay they are on (the movement module moves the permitted date of the holder's open stay).
 */
public record VisaExtensionApproved(VisaNumber number, CountryCode nationality, DocumentNumber passportNumber, int days,
                                    LocalDate approvedOn, String approvedBy) {
}

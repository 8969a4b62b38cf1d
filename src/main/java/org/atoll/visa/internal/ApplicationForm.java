package org.atoll.visa.internal;

import java.time.LocalDate;

/** A new application as received (API body or UI form), checked field by field by {@link VisaApplications#submit}. */
public record ApplicationForm(
        String surname,
        String givenNames,
        LocalDate dateOfBirth,
        String nationality,
        String sex,
        String passportNumber,
        String passportIssuingState,
        LocalDate passportExpiry,
        String visaType,
        String purpose,
        LocalDate intendedArrival,
        LocalDate intendedDeparture,
        String sponsorKind,
        String sponsorName,
        String sponsorContact,
        String feeStatus) {
}

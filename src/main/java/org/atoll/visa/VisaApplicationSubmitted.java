package org.atoll.visa;

import java.time.Instant;
import java.time.LocalDate;

import org.atoll.document.DocumentNumber;
import org.atoll.document.PersonName;
import org.atoll.document.Sex;
import org.atoll.reference.CountryCode;

/**
 * A visa application was submitted: the alert module screens the applicant and the passport on
 * it (the listener is the alert module's to write; nothing here calls into it).
 */
public record VisaApplicationSubmitted(
        VisaApplicationId applicationId,
        String reference,
        PersonName applicant,
        LocalDate dateOfBirth,
        Sex sex,
        CountryCode nationality,
        DocumentNumber passportNumber,
        CountryCode passportIssuingState,
        String visaType,
        Instant submittedAt) {
}

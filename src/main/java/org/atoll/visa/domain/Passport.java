package org.atoll.visa.domain;

import java.time.LocalDate;
import java.util.Objects;

import org.atoll.document.DocumentNumber;
import org.atoll.reference.CountryCode;

/** The applicant's passport: number, issuing state, expiry. */
public record Passport(DocumentNumber number, CountryCode issuingState, LocalDate expiry) {

    public Passport {
        Objects.requireNonNull(number, "passport number");
        Objects.requireNonNull(issuingState, "issuing state");
        Objects.requireNonNull(expiry, "passport expiry");
    }
}

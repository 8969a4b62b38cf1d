package org.atoll.visa.domain;

import java.util.Objects;
import java.time.LocalDate;

import org.atoll.document.PersonName;
import org.atoll.document.Sex;
import org.atoll.reference.CountryCode;

/** Who applies: name, date of birth, nationality, sex and passport. */
public record Applicant(PersonName name, LocalDate dateOfBirth, CountryCode nationality, Sex sex, Passport passport) {

    public Applicant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dateOfBirth, "date of birth");
        Objects.requireNonNull(nationality, "nationality");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(passport, "passport");
    }
}

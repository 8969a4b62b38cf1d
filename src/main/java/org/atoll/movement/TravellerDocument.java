package org.atoll.movement;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.atoll.document.DocumentNumber;
import org.atoll.document.PersonName;
import org.atoll.document.Sex;
import org.atoll.reference.CountryCode;

/**
 * The traveller as a crossing identifies them: the document (issuing state, number, type code,
 * expiry) and the person on it (name, nationality, date of birth, sex). A traveller is followed
 * across documents when name, date of birth and nationality agree.
 */
public record TravellerDocument(CountryCode issuingState, DocumentNumber documentNumber, String documentCode,
                                Optional<LocalDate> documentExpiry, PersonName name, CountryCode nationality,
                                Optional<LocalDate> dateOfBirth, Optional<Sex> sex) {

    public TravellerDocument {
        Objects.requireNonNull(issuingState, "issuing state");
        Objects.requireNonNull(documentNumber, "document number");
        documentCode = documentCode == null || documentCode.isBlank() ? "P" : documentCode.strip();
        documentExpiry = documentExpiry == null ? Optional.empty() : documentExpiry;
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nationality, "nationality");
        dateOfBirth = dateOfBirth == null ? Optional.empty() : dateOfBirth;
        sex = sex == null ? Optional.empty() : sex;
    }
}

package org.atoll.alert;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.atoll.document.DocumentNumber;
import org.atoll.document.PartialDate;
import org.atoll.document.Sex;
import org.atoll.reference.CountryCode;

/**
 * A traveller to screen: the surname and given names as read (any script; either may be empty but
 * not both unless a document is given), further names (aliases, original-script names), the date
 * of birth (possibly partial), nationality, sex and the documents presented.
 */
public record TravellerToScreen(String surname, String givenNames, List<String> otherNames,
                                Optional<PartialDate> dateOfBirth, Optional<CountryCode> nationality,
                                Optional<Sex> sex, List<PresentedDocument> documents) {

    public TravellerToScreen {
        surname = surname == null ? "" : surname.strip();
        givenNames = givenNames == null ? "" : givenNames.strip();
        otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
        dateOfBirth = dateOfBirth == null ? Optional.empty() : dateOfBirth;
        nationality = nationality == null ? Optional.empty() : nationality;
        sex = sex == null ? Optional.empty() : sex;
        documents = documents == null ? List.of() : List.copyOf(documents);
        if (surname.isEmpty() && givenNames.isEmpty() && otherNames.isEmpty() && documents.isEmpty()) {
            throw new IllegalArgumentException("A traveller to screen has a name or a document");
        }
    }

    /** A document the traveller holds: issuing state and number. */
    public record PresentedDocument(CountryCode issuingState, DocumentNumber number) {
        public PresentedDocument {
            Objects.requireNonNull(issuingState, "issuing state");
            Objects.requireNonNull(number, "number");
        }
    }
}

package org.atoll.regulation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.atoll.reference.CountryCode;

/**
 * Who the traveller is, for finding earlier stays: nationality and document number, with the
 * date of birth when known so that the movement module can follow a traveller across documents.
 */
public record TravellerIdentity(CountryCode nationality, String documentNumber, Optional<LocalDate> dateOfBirth) {

    public TravellerIdentity {
        Objects.requireNonNull(nationality, "nationality");
        documentNumber = Texts.required(documentNumber, "document number");
        dateOfBirth = dateOfBirth == null ? Optional.empty() : dateOfBirth;
    }
}

package org.atoll.visa;

import java.time.LocalDate;
import java.util.List;

import org.atoll.document.DocumentNumber;
import org.atoll.reference.CountryCode;

/** A visa was revoked; {@code grounds} are the provisions cited. */
public record VisaRevoked(VisaNumber number, CountryCode nationality, DocumentNumber passportNumber, LocalDate revokedOn,
                          List<String> grounds) {

    public VisaRevoked {
        grounds = List.copyOf(grounds);
    }
}

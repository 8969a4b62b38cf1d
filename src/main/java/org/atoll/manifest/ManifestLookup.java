package org.atoll.manifest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.atoll.document.DocumentNumber;
import org.atoll.reference.CountryCode;
import org.atoll.reference.PortCode;

/**
 * What the carriers said about a traveller, for the booth: the manifested person whose document
 * matches, on a current manifest arriving at (or departing from) a port around a date.
 */
public interface ManifestLookup {

    /**
     * Manifest entries for the document (issuing state and number) on current manifests whose
     * arrival or departure port is {@code port} and whose flight date is within a day of {@code on},
     * best match first.
     */
    List<ManifestMatch> find(CountryCode issuingState, DocumentNumber number, PortCode port, LocalDate on);

    /** A manifested person matched by document, with the flight and the fields to compare. */
    record ManifestMatch(UUID manifestId, int position, String carrier, String flight, LocalDate flightDate,
                         String role, String surname, String givenNames, Optional<String> dateOfBirth,
                         Optional<String> nationality, Optional<LocalDate> documentExpiry, String screeningStatus) {
    }
}

package org.atoll.visa;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.atoll.document.DocumentNumber;
import org.atoll.reference.CountryCode;

/**
 * The visa register as the border asks it (the inspection module calls this): find a visa by its
 * number or by the passport it was issued for, and count an entry made on it.
 */
public interface Visas {

    Optional<VisaRecord> byNumber(VisaNumber number);

    /** Visas issued for a passport, newest first (revoked and expired ones included, flagged). */
    List<VisaRecord> forPassport(CountryCode nationality, DocumentNumber passportNumber);

    /**
     * Counts an entry made on the visa on a date.
     *
     * @throws IllegalStateException when the visa cannot be used that day (revoked, expired, entries used up)
     */
    VisaRecord recordEntry(VisaNumber number, LocalDate on);
}

package org.atoll.visa;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.atoll.document.DocumentNumber;
import org.atoll.document.PersonName;
import org.atoll.document.Sex;
import org.atoll.reference.CountryCode;
import org.atoll.regulation.HeldVisa;
import org.atoll.regulation.VisaTypeCode;

/**
 * An issued visa as the border sees it: whose it is, what it allows, until when, and whether it
 * still holds. {@code entriesAllowed} empty means multiple entries.
 */
public record VisaRecord(
        VisaNumber number,
        VisaTypeCode type,
        PersonName holder,
        LocalDate dateOfBirth,
        Sex sex,
        CountryCode nationality,
        DocumentNumber passportNumber,
        LocalDate validFrom,
        LocalDate validUntil,
        Optional<Integer> entriesAllowed,
        int entriesUsed,
        int permittedStayDays,
        List<String> conditions,
        boolean revoked,
        Optional<LocalDate> revokedOn,
        List<String> mrz) {

    public VisaRecord {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(type, "type");
        entriesAllowed = entriesAllowed == null ? Optional.empty() : entriesAllowed;
        revokedOn = revokedOn == null ? Optional.empty() : revokedOn;
        conditions = List.copyOf(conditions);
        mrz = List.copyOf(mrz);
    }

    /** Why the visa cannot be used to enter on a date, or empty when it can. */
    public Optional<String> unusableOn(LocalDate date) {
        if (revoked) {
            return Optional.of("revoked" + revokedOn.map(d -> " on " + d).orElse(""));
        }
        if (date.isBefore(validFrom)) {
            return Optional.of("not valid before " + validFrom);
        }
        if (date.isAfter(validUntil)) {
            return Optional.of("expired on " + validUntil);
        }
        if (entriesAllowed.isPresent() && entriesUsed >= entriesAllowed.get()) {
            return Optional.of("all " + entriesAllowed.get() + " entries used");
        }
        return Optional.empty();
    }

    public boolean usableOn(LocalDate date) {
        return unusableOn(date).isEmpty();
    }

    /** The visa as the eligibility engine takes it: confirmed, since it comes from the register. */
    public HeldVisa asHeldVisa() {
        return new HeldVisa(Optional.of(type), number.value(), Optional.of(validUntil), true);
    }
}

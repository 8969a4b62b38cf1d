package org.atoll.visa.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How long the visa office keeps an applicant's data once it is no longer needed: a refused or
 * withdrawn application for {@code years} after the refusal or withdrawal became final, an issued
 * visa (and its application, documents, extensions) for {@code years} after it expired or was
 * revoked. Open, approved-but-not-issued and still valid cases are never dropped. The period is
 * the authority's to set ({@code atoll.visa.retention.years}).
 */
public record RetentionPolicy(int years) {

    public RetentionPolicy {
        if (years < 1 || years > 100) {
            throw new IllegalArgumentException("A retention period is 1 to 100 years, not " + years);
        }
    }

    /** Records whose case ended before this day are dropped on {@code today}. */
    public LocalDate cutoff(LocalDate today) {
        return Objects.requireNonNull(today, "today").minusYears(years);
    }

    /** The day an application's case ended, or empty while it is still running. */
    public static Optional<LocalDate> endOfCase(ApplicationStatus status, LocalDate finalOn, LocalDate visaValidUntil,
                                                LocalDate visaRevokedOn) {
        switch (status) {
            case REFUSED:
            case WITHDRAWN:
                return Optional.ofNullable(finalOn);
            case ISSUED:
                if (visaRevokedOn != null && (visaValidUntil == null || visaRevokedOn.isBefore(visaValidUntil))) {
                    return Optional.of(visaRevokedOn);
                }
                return Optional.ofNullable(visaValidUntil);
            default:
                return Optional.empty();
        }
    }

    /** Whether a case that ended on a day is dropped on {@code today}. */
    public boolean drops(Optional<LocalDate> endOfCase, LocalDate today) {
        return endOfCase.filter(end -> end.isBefore(cutoff(today))).isPresent();
    }
}

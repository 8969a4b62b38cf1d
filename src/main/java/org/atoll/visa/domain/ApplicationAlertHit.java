package org.atoll.visa.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A hit of the alert list on a visa application, as the visa officer was shown it: a person alert
 * (band {@code STRONG} or {@code POSSIBLE}) or a document alert on the passport (band
 * {@code DOCUMENT}, an exact match), the action the alert asks for, the contact, and the officer's
 * disposition once made.
 */
public record ApplicationAlertHit(UUID hitId, UUID alertId, Kind kind, String band, Double score, String actionOnHit, String contact,
                                  boolean fullView, String summary, Instant screenedAt, Optional<Disposed> disposed) {

    public enum Kind { PERSON, DOCUMENT }

    /** The alert module's dispositions; an inconclusive one may still become confirmed or a false positive. */
    public enum Disposition { CONFIRMED, FALSE_POSITIVE, INCONCLUSIVE }

    /** What an officer concluded and when. */
    public record Disposed(Disposition disposition, String note, String officer, Instant at) {
        public Disposed {
            Objects.requireNonNull(disposition, "disposition");
            Objects.requireNonNull(officer, "officer");
            Objects.requireNonNull(at, "at");
        }
    }

    public ApplicationAlertHit {
        Objects.requireNonNull(hitId, "hit id");
        Objects.requireNonNull(alertId, "alert id");
        Objects.requireNonNull(kind, "kind");
        band = Objects.requireNonNull(band, "band").toUpperCase(Locale.ROOT);
        Objects.requireNonNull(actionOnHit, "action on hit");
        Objects.requireNonNull(screenedAt, "screened at");
        disposed = disposed == null ? Optional.empty() : disposed;
    }

    /** A strong person match or any document alert on the passport: no visa before an officer settles it. */
    public boolean isStrong() {
        return kind == Kind.DOCUMENT || "STRONG".equals(band);
    }

    /** Settled: confirmed or a false positive (an inconclusive disposition leaves it open). */
    public boolean isSettled() {
        return disposed.filter(d -> d.disposition() != Disposition.INCONCLUSIVE).isPresent();
    }

    /** Stands in the way of an approval or an issue until an officer settles it. */
    public boolean blocksIssue() {
        return isStrong() && !isSettled();
    }
}

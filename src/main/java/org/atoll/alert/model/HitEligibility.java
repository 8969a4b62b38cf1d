package org.atoll.alert.model;

import java.time.LocalDate;

/**
 * Whether an alert may produce a hit today. An alert that nobody reviewed by its review date has
 * lost its justification: it stops producing hits, or, where the administrator configures it,
 * produces them flagged so the officer knows to check with the owning agency.
 */
public final class HitEligibility {

    public enum Verdict { HITS, HITS_FLAGGED_REVIEW_OVERDUE, NO_HITS }

    public record Outcome(Verdict verdict, String reason) {

        public boolean producesHit() {
            return verdict != Verdict.NO_HITS;
        }

        public boolean reviewOverdue() {
            return verdict == Verdict.HITS_FLAGGED_REVIEW_OVERDUE;
        }
    }

    private HitEligibility() {
    }

    public static Outcome check(AlertStatus status, LocalDate validFrom, LocalDate validUntil, LocalDate reviewDate,
                                LocalDate today, OverdueReviewMode mode) {
        if (status != AlertStatus.ACTIVE) {
            return new Outcome(Verdict.NO_HITS, "the alert is " + status);
        }
        if (validFrom.isAfter(today)) {
            return new Outcome(Verdict.NO_HITS, "the alert is valid from " + validFrom);
        }
        if (validUntil != null && validUntil.isBefore(today)) {
            return new Outcome(Verdict.NO_HITS, "the alert's validity ended on " + validUntil);
        }
        if (reviewDate.isBefore(today)) {
            return mode == OverdueReviewMode.FLAG
                    ? new Outcome(Verdict.HITS_FLAGGED_REVIEW_OVERDUE, "review overdue since " + reviewDate)
                    : new Outcome(Verdict.NO_HITS, "review overdue since " + reviewDate);
        }
        return new Outcome(Verdict.HITS, "active and reviewed");
    }
}

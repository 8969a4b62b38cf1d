package org.atoll.visa.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a visa application stands. Submitted, then under review, optionally interviewed, then
 * decided: approved (and then issued) or refused. A refusal of a type that needs a supervisor's
 * approval waits in {@link #REFUSAL_PROPOSED} until a second officer confirms or sends it back.
 * The applicant may withdraw until a visa is issued or the refusal is final.
 */
public enum ApplicationStatus {
    SUBMITTED,
    UNDER_REVIEW,
    INTERVIEW_SCHEDULED,
    REFUSAL_PROPOSED,
    APPROVED,
    REFUSED,
    ISSUED,
    WITHDRAWN;

    public Set<ApplicationStatus> allowedNext() {
        switch (this) {
            case SUBMITTED:
                return EnumSet.of(UNDER_REVIEW, WITHDRAWN);
            case UNDER_REVIEW:
                return EnumSet.of(INTERVIEW_SCHEDULED, APPROVED, REFUSAL_PROPOSED, REFUSED, WITHDRAWN);
            case INTERVIEW_SCHEDULED:
                return EnumSet.of(UNDER_REVIEW, APPROVED, REFUSAL_PROPOSED, REFUSED, WITHDRAWN);
            case REFUSAL_PROPOSED:
                return EnumSet.of(REFUSED, UNDER_REVIEW, WITHDRAWN);
            case APPROVED:
                return EnumSet.of(ISSUED, WITHDRAWN);
            default:
                return EnumSet.noneOf(ApplicationStatus.class);
        }
    }

    public boolean canMoveTo(ApplicationStatus next) {
        return allowedNext().contains(next);
    }

    /** No transition leaves it. */
    public boolean isFinal() {
        return allowedNext().isEmpty();
    }

    /**
     * Still to pass the alert list's last gate: not yet decided (submitted, under review,
     * interviewed, refusal proposed) or approved and not yet issued (an issue needs a clear list).
     * These are screened again when the alert list changes.
     */
    public boolean awaitsClearance() {
        return this != REFUSED && this != ISSUED && this != WITHDRAWN;
    }

    /** Waiting for an officer's work (the queue shows these by default). */
    public boolean isOpen() {
        return !isFinal();
    }
}

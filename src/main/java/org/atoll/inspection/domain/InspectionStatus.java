package org.atoll.inspection.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an inspection stands. The booth's officer decides {@code AWAITING_DECISION} into
 * {@code CLEARED} (admitted, or cleared to depart) or {@code REFERRED}; secondary decides a referral;
 * a refusal may wait for a supervisor's approval.
 */
public enum InspectionStatus {
    AWAITING_DECISION,
    REFERRED,
    CLEARED,
    REFUSAL_AWAITING_APPROVAL,
    REFUSED,
    /** The traveller withdrew the application to enter (or did not depart) and leaves on the next service. */
    WITHDRAWN,
    /**
     * Handed over to another agency (e.g. the police acting on an alert's {@code ARREST} action): no
     * immigration decision is taken and no crossing is recorded; a new inspection follows a release.
     */
    HANDED_OVER;

    public Set<InspectionStatus> allowedNext() {
        return switch (this) {
            case AWAITING_DECISION -> EnumSet.of(CLEARED, REFERRED);
            case REFERRED -> EnumSet.of(CLEARED, REFUSED, REFUSAL_AWAITING_APPROVAL, WITHDRAWN, HANDED_OVER);
            case REFUSAL_AWAITING_APPROVAL -> EnumSet.of(REFUSED, REFERRED);
            case CLEARED, REFUSED, WITHDRAWN, HANDED_OVER -> EnumSet.noneOf(InspectionStatus.class);
        };
    }

    public boolean canMoveTo(InspectionStatus next) {
        return allowedNext().contains(next);
    }

    public InspectionStatus moveTo(InspectionStatus next) {
        if (!canMoveTo(next)) {
            throw new InspectionConflictException("An inspection that is " + this + " cannot become " + next, this);
        }
        return next;
    }

    public boolean isFinal() {
        return allowedNext().isEmpty();
    }
}

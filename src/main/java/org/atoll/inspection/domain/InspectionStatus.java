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
    WITHDRAWN;

    public Set<InspectionStatus> allowedNext() {
        return switch (this) {
            case AWAITING_DECISION -> EnumSet.of(CLEARED, REFERRED);
            case REFERRED -> EnumSet.of(CLEARED, REFUSED, REFUSAL_AWAITING_APPROVAL, WITHDRAWN);
            case REFUSAL_AWAITING_APPROVAL -> EnumSet.of(REFUSED, REFERRED);
            case CLEARED, REFUSED, WITHDRAWN -> EnumSet.noneOf(InspectionStatus.class);
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

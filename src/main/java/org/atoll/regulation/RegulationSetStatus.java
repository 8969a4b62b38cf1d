package org.atoll.regulation;

import java.util.EnumSet;
import java.util.Set;

/**
 * Life of a regulation set. Only a draft may change. A published set answers for the dates
 * from its effective date until the next published set takes effect; once a later version is
 * published it is superseded, but it still answers for its own period.
 */
public enum RegulationSetStatus {
    DRAFT,
    PUBLISHED,
    SUPERSEDED;

    public Set<RegulationSetStatus> allowedNext() {
        switch (this) {
            case DRAFT:
                return EnumSet.of(PUBLISHED);
            case PUBLISHED:
                return EnumSet.of(SUPERSEDED);
            default:
                return EnumSet.noneOf(RegulationSetStatus.class);
        }
    }

    public boolean canMoveTo(RegulationSetStatus next) {
        return allowedNext().contains(next);
    }

    /** The next status, or an exception naming the forbidden transition. */
    public RegulationSetStatus moveTo(RegulationSetStatus next) {
        if (!canMoveTo(next)) {
            throw new IllegalStateException("A regulation set cannot go from " + this + " to " + next);
        }
        return next;
    }

    public boolean isEditable() {
        return this == DRAFT;
    }

    /** Published and superseded sets are law for their period; drafts are not. */
    public boolean isBinding() {
        return this != DRAFT;
    }
}

package org.atoll.incident.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an incident stands. The allowed moves are explicit; a closed incident comes back only
 * by being reopened, with a reason.
 */
public enum IncidentStatus {
    REPORTED,
    UNDER_INVESTIGATION,
    ACTION_TAKEN,
    CLOSED,
    REOPENED;

    public Set<IncidentStatus> next() {
        return switch (this) {
            case REPORTED -> EnumSet.of(UNDER_INVESTIGATION, CLOSED);
            case UNDER_INVESTIGATION -> EnumSet.of(ACTION_TAKEN, CLOSED);
            case ACTION_TAKEN -> EnumSet.of(CLOSED, UNDER_INVESTIGATION);
            case CLOSED -> EnumSet.of(REOPENED);
            case REOPENED -> EnumSet.of(UNDER_INVESTIGATION, ACTION_TAKEN, CLOSED);
        };
    }

    public boolean canMoveTo(IncidentStatus target) {
        return next().contains(target);
    }

    public boolean isOpen() {
        return this != CLOSED;
    }
}

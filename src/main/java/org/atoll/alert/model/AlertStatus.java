package org.atoll.alert.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an alert is in its life. Only ACTIVE alerts are screened. A withdrawn alert stays on
 * record (its history and hits remain attributable) and no status change brings it back; the one
 * way back is a published list naming again a person whose alert it withdrew as delisted
 * ({@link Alert#relist}, {@link StatusChangePolicy#checkRelisting}).
 */
public enum AlertStatus {
    DRAFT, ACTIVE, EXPIRED, WITHDRAWN;

    /** The statuses this one may move to. */
    public Set<AlertStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(ACTIVE, WITHDRAWN);
            case ACTIVE -> EnumSet.of(EXPIRED, WITHDRAWN);
            // an expired alert may be reinstated with a new validity and review date
            case EXPIRED -> EnumSet.of(ACTIVE, WITHDRAWN);
            case WITHDRAWN -> EnumSet.noneOf(AlertStatus.class);
        };
    }

    public boolean canMoveTo(AlertStatus target) {
        return next().contains(target);
    }

    /** Whether the alert's content may still be edited (a withdrawn alert is closed). */
    public boolean editable() {
        return this != WITHDRAWN;
    }
}

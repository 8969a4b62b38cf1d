package org.atoll.alert.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * An officer's judgement of a hit. No hit decides anything by itself: each gets one. An
 * inconclusive hit may be settled later; a confirmed or false-positive hit is settled for good.
 */
public enum Disposition {
    PENDING, CONFIRMED, FALSE_POSITIVE, INCONCLUSIVE;

    public Set<Disposition> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(CONFIRMED, FALSE_POSITIVE, INCONCLUSIVE);
            case INCONCLUSIVE -> EnumSet.of(CONFIRMED, FALSE_POSITIVE);
            case CONFIRMED, FALSE_POSITIVE -> EnumSet.noneOf(Disposition.class);
        };
    }

    public boolean canMoveTo(Disposition target) {
        return next().contains(target);
    }
}

package org.atoll.movement.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Days over a permitted date: the traveller may stay up to and including the permitted day, so
 * leaving the day after is one day over. Without a permitted date (a citizen, an open-ended
 * permit) no day is ever over.
 */
public final class Overstay {

    private Overstay() {
    }

    /** Days over on {@code day} (the exit day, or today for someone still present); never negative. */
    public static int daysOver(Optional<LocalDate> permittedUntil, LocalDate day) {
        return permittedUntil.map(until -> (int) Math.max(0, ChronoUnit.DAYS.between(until, day))).orElse(0);
    }
}

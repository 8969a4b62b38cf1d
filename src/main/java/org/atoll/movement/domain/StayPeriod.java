package org.atoll.movement.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/** A stay as days: the entry day and, once the traveller has left, the exit day (both count as days of stay). */
public record StayPeriod(LocalDate entered, Optional<LocalDate> departed) {

    public StayPeriod {
        Objects.requireNonNull(entered, "entry date");
        departed = departed == null ? Optional.empty() : departed;
        departed.ifPresent(d -> {
            if (d.isBefore(entered)) {
                throw new IllegalArgumentException("A stay cannot end (" + d + ") before it starts (" + entered + ")");
            }
        });
    }

    public static StayPeriod between(LocalDate entered, LocalDate departed) {
        return new StayPeriod(entered, Optional.of(departed));
    }

    public static StayPeriod open(LocalDate entered) {
        return new StayPeriod(entered, Optional.empty());
    }

    /** Days of this stay that fall within {@code from}..{@code to}; an open stay lasts until {@code to}. */
    public long daysWithin(LocalDate from, LocalDate to) {
        LocalDate start = entered.isAfter(from) ? entered : from;
        LocalDate last = departed.filter(d -> d.isBefore(to)).orElse(to);
        return last.isBefore(start) ? 0 : ChronoUnit.DAYS.between(start, last) + 1;
    }

    public boolean coversDay(LocalDate day) {
        return !day.isBefore(entered) && departed.map(d -> !day.isAfter(d)).orElse(true);
    }
}

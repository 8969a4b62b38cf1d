package org.atoll.movement.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A rolling-window limit such as "90 days in any 180": on any day, the days of stay in the
 * window ending that day (that day included) may not exceed the limit. Entry and exit days both
 * count as days of stay (the Schengen and EES reading).
 */
public record RollingWindow(int windowDays, int limitDays) {

    /** How far the traveller stands on a day. {@code latestExit} is empty when the limit is already exceeded that day. */
    public record Usage(LocalDate on, int daysUsed, int daysRemaining, Optional<LocalDate> latestExit) {
    }

    public RollingWindow {
        if (windowDays < 1) {
            throw new IllegalArgumentException("A window is at least one day, not " + windowDays);
        }
        // a limit as long as the window never binds: someone present every day uses exactly the window
        if (limitDays < 1 || limitDays >= windowDays) {
            throw new IllegalArgumentException("A limit is at least 1 day and shorter than the window (" + windowDays
                    + " days), not " + limitDays);
        }
    }

    /** First day of the window that ends on {@code day}. */
    public LocalDate windowStart(LocalDate day) {
        return day.minusDays(windowDays - 1L);
    }

    /** Days of stay within the window ending on {@code day}; open stays count up to that day. */
    public int daysUsed(List<StayPeriod> stays, LocalDate day) {
        LocalDate from = windowStart(day);
        long used = 0;
        for (StayPeriod s : stays) {
            used += s.daysWithin(from, day);
        }
        return (int) used;
    }

    /**
     * The standing on {@code day} of a traveller present that day (entering, or staying on):
     * days used in the window ending that day, days remaining, and the last day they may stay
     * if they remain from {@code day} on without leaving.
     */
    public Usage on(List<StayPeriod> stays, LocalDate day) {
        List<StayPeriod> present = withPresence(stays, day);
        int used = daysUsed(present, day);
        if (used > limitDays) {
            return new Usage(day, used, 0, Optional.empty());
        }
        // Stay on day by day while every window ending on a day of the stay keeps within the limit.
        // At most limitDays further days can fit, so the walk is short.
        LocalDate last = day;
        for (int i = 1; i <= limitDays; i++) {
            LocalDate next = day.plusDays(i);
            if (daysUsedStayingUntil(stays, day, next) > limitDays) {
                break;
            }
            last = next;
        }
        return new Usage(day, used, limitDays - used, Optional.of(last));
    }

    private int daysUsedStayingUntil(List<StayPeriod> stays, LocalDate from, LocalDate until) {
        LocalDate windowFrom = windowStart(until);
        long used = 0;
        for (StayPeriod s : stays) {
            used += s.daysWithin(windowFrom, from.minusDays(1));
        }
        LocalDate start = from.isBefore(windowFrom) ? windowFrom : from;
        used += java.time.temporal.ChronoUnit.DAYS.between(start, until) + 1;
        return (int) used;
    }

    /** The stays with the traveller present on {@code day}: days already recorded from that day on are not counted twice. */
    private static List<StayPeriod> withPresence(List<StayPeriod> stays, LocalDate day) {
        List<StayPeriod> before = new java.util.ArrayList<>();
        for (StayPeriod s : stays) {
            if (s.entered().isBefore(day)) {
                LocalDate end = s.departed().filter(d -> d.isBefore(day)).orElse(day.minusDays(1));
                before.add(StayPeriod.between(s.entered(), end));
            }
        }
        before.add(StayPeriod.between(day, day));
        return before;
    }
}

package org.atoll.regulation;

/**
 * At most {@code maxDays} days of stay in any {@code windowDays} consecutive days (Schengen style:
 * 90 in any 180). The days of entry and of exit both count as days of stay.
 */
public record RollingWindow(int maxDays, int windowDays) {

    public RollingWindow {
        if (maxDays <= 0 || windowDays <= 0) {
            throw new IllegalArgumentException("A rolling window needs positive day counts: " + maxDays + " in " + windowDays);
        }
        if (maxDays > windowDays) {
            throw new IllegalArgumentException("A rolling window cannot allow " + maxDays + " days in " + windowDays);
        }
    }

    public String describe() {
        return maxDays + " days in any " + windowDays + " days";
    }
}

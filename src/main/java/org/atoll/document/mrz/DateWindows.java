package org.atoll.document.mrz;

import java.time.LocalDate;

/**
 * Two-digit MRZ years to full years. A date of birth is in the past: the latest century that
 * does not put it after today. An expiry date lies in the hundred years that end a bounded
 * number of years after today, so documents expired long ago stay in the past.
 */
public final class DateWindows {

    private DateWindows() {
    }

    /** month and day 0 when unknown. */
    public static int birthYear(int yy, int month, int day, LocalDate today) {
        int year = today.getYear() / 100 * 100 + yy;
        if (year > today.getYear()) {
            return year - 100;
        }
        if (year == today.getYear() && month != 0) {
            if (month > today.getMonthValue() || (month == today.getMonthValue() && day > today.getDayOfMonth())) {
                return year - 100;
            }
        }
        return year;
    }

    public static int expiryYear(int yy, LocalDate today, int yearsAhead) {
        int limit = today.getYear() + yearsAhead;
        int year = limit / 100 * 100 + yy;
        return year > limit ? year - 100 : year;
    }
}

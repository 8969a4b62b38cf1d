package org.atoll.document;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A date that may be known only to the year or to the month, as dates of birth often are on
 * travel documents (ICAO 9303-3: unknown parts are written as fillers) and on alert lists.
 * Written as ISO 8601 reduced precision: {@code 1974}, {@code 1974-08} or {@code 1974-08-12}.
 */
public final class PartialDate implements Comparable<PartialDate> {

    public enum Precision { YEAR, MONTH, DAY }

    private final int year;
    private final int month;
    private final int day;

    private PartialDate(int year, int month, int day) {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("Year " + year + " is outside 1-9999");
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("Month " + month + " is outside 1-12");
        }
        if (day != 0) {
            if (month == 0) {
                throw new IllegalArgumentException("A day needs a month");
            }
            if (day < 1 || day > lengthOfMonth(year, month)) {
                throw new IllegalArgumentException("Day " + day + " does not exist in " + YearMonth.of(year, month));
            }
        }
        this.year = year;
        this.month = month;
        this.day = day;
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> java.time.Year.isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0);
    }

    public static PartialDate ofYearMonth(int year, int month) {
        if (month < 1) {
            throw new IllegalArgumentException("Month " + month + " is outside 1-12");
        }
        return new PartialDate(year, month, 0);
    }

    public static PartialDate of(int year, int month, int day) {
        if (month < 1 || day < 1) {
            throw new IllegalArgumentException("A full date needs a month and a day");
        }
        return new PartialDate(year, month, day);
    }

    public static PartialDate of(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
    public static PartialDate parse(String text) {
        Objects.requireNonNull(text, "date");
        String s = text.strip();
        try {
            if (s.length() == 4) {
                return ofYear(digits(s, 0, 4));
            }
            if (s.length() == 7 && s.charAt(4) == '-') {
                return ofYearMonth(digits(s, 0, 4), digits(s, 5, 7));
            }
            if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
                return of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
            }
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date: " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("'" + text + "' is not a date written YYYY, YYYY-MM or YYYY-MM-DD");
    }

    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("'" + c + "' is not a digit");
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    public Precision precision() {
        return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
    }

    public int year() {
        return year;
    }

    public OptionalInt month() {
        return month == 0 ? OptionalInt.empty() : OptionalInt.of(month);
    }

    public OptionalInt day() {
        return day == 0 ? OptionalInt.empty() : OptionalInt.of(day);
    }

    public boolean isComplete() {
        return day != 0;
    }

    public Optional<LocalDate> toLocalDate() {
        return isComplete() ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
    }

    /** The first day this date may be. */
    public LocalDate earliest() {
        return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
    }

    /** The last day this date may be. */
    public LocalDate latest() {
        if (day != 0) {
            return LocalDate.of(year, month, day);
        }
        return month == 0 ? LocalDate.of(year, 12, 31) : YearMonth.of(year, month).atEndOfMonth();
    }

    /** Whether a full date is compatible with what is known of this one. */
    public boolean couldBe(LocalDate date) {
        return !date.isBefore(earliest()) && !date.isAfter(latest());
    }

    /** Whether two partial dates may denote the same day (1974 and 1974-08-12 may; 1974-07 and 1974-08 may not). */
    public boolean isCompatibleWith(PartialDate other) {
        return !latest().isBefore(other.earliest()) && !other.latest().isBefore(earliest());
    }

    /** Orders by earliest possible day, then the less precise first. */
    @Override
    public int compareTo(PartialDate other) {
        int byEarliest = earliest().compareTo(other.earliest());
        return byEarliest != 0 ? byEarliest : precision().compareTo(other.precision());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartialDate other && year == other.year && month == other.month && day == other.day;
    }

    @Override
    public int hashCode() {
        return (year * 13 + month) * 32 + day;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(10);
        pad(sb, year, 4);
        if (month != 0) {
            pad(sb.append('-'), month, 2);
            if (day != 0) {
                pad(sb.append('-'), day, 2);
            }
        }
        return sb.toString();
    }

    private static void pad(StringBuilder sb, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(digits);
    }
}

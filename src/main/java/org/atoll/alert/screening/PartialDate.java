package org.atoll.alert.screening;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date of birth as lists and documents give it: a year, a year and month, or a full date.
 * Month and day are 0 when unknown. Kept local to screening; the lead unifies it with the
 * document module's partial date later.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    private static final Pattern SHAPE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (year < 1800 || year > 2200) {
            throw new IllegalArgumentException("A year of birth lies between 1800 and 2200, not " + year);
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("A month is 1 to 12 (0 when unknown), not " + month);
        }
        if (day != 0) {
            if (month == 0) {
                throw new IllegalArgumentException("A day needs a month");
            }
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("No such date: " + year + "-" + month + "-" + day);
            }
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0);
    }

    public static PartialDate of(int year, int month, int day) {
        return new PartialDate(year, month, day);
    }

    /** Reads {@code 1970}, {@code 1970-05} or {@code 1970-05-17}. */
    public static PartialDate parse(String text) {
        Objects.requireNonNull(text, "partial date");
        Matcher m = SHAPE.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("A partial date reads 1970, 1970-05 or 1970-05-17, not '" + text + "'");
        }
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return new PartialDate(year, month, day);
    }

    public boolean hasMonth() {
        return month != 0;
    }

    public boolean isComplete() {
        return day != 0;
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = Integer.compare(year, o.year);
        if (c == 0) c = Integer.compare(month, o.month);
        if (c == 0) c = Integer.compare(day, o.day);
        return c;
    }

    @Override
    public String toString() {
        if (month == 0) return String.format("%04d", year);
        if (day == 0) return String.format("%04d-%02d", year, month);
        return String.format("%04d-%02d-%02d", year, month, day);
    }
}

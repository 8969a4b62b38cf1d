package org.atoll.alert.screening;

import java.util.Objects;

/**
 * What an alert says about a date of birth: one partial date, or a range of them
 * (the UN list's "between 1973 and 1974", or "approximately 1970" read as 1969 to 1971).
 */
public record BirthDateRange(PartialDate earliest, PartialDate latest) {

    public BirthDateRange {
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        if (earliest.year() > latest.year()) {
            throw new IllegalArgumentException("A birth date range runs forwards: " + earliest + " to " + latest);
        }
    }

    public static BirthDateRange exactly(PartialDate date) {
        return new BirthDateRange(date, date);
    }

    public static BirthDateRange exactly(String date) {
        return exactly(PartialDate.parse(date));
    }

    public static BirthDateRange years(int from, int to) {
        return new BirthDateRange(PartialDate.ofYear(from), PartialDate.ofYear(to));
    }

    public boolean isSingleDate() {
        return earliest.equals(latest);
    }

    @Override
    public String toString() {
        return isSingleDate() ? earliest.toString() : earliest + "/" + latest;
    }
}

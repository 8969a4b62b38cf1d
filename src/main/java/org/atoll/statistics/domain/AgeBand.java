package org.atoll.statistics.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * The traveller's age on the day of the crossing, in the ten-year bands tourism statistics use (UN
 * Recommendations on Tourism Statistics 2008 leave the bands to the country; these follow the common
 * 0–14 / 15–24 / ... / 65+ split). Only the band is kept, never the date of birth.
 */
public enum AgeBand {
    UNDER_15("0-14"),
    FROM_15("15-24"),
    FROM_25("25-34"),
    FROM_35("35-44"),
    FROM_45("45-54"),
    FROM_55("55-64"),
    FROM_65("65+"),
    UNKNOWN("UNKNOWN");

    private final String label;

    AgeBand(String label) {
        this.label = label;
    }

    /** The band as published: {@code 25-34}, {@code 65+}, {@code UNKNOWN}. */
    public String label() {
        return label;
    }

    /** The band on the day of the crossing; unknown without a date of birth, or with one after that day. */
    public static AgeBand onTheDay(Optional<LocalDate> dateOfBirth, LocalDate day) {
        if (dateOfBirth.isEmpty() || dateOfBirth.get().isAfter(day)) {
            return UNKNOWN;
        }
        int age = Period.between(dateOfBirth.get(), day).getYears();
        if (age < 15) {
            return UNDER_15;
        }
        if (age >= 65) {
            return FROM_65;
        }
        return values()[(age - 5) / 10];
    }
}

package org.atoll.reference;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A state, organisation or nationality code as written in travel documents: ISO 3166-1 alpha-3
 * plus the codes ICAO Doc 9303 Part 3 adds (D for Germany, GBD, UNO, XXA, EUE, UTO...).
 * Whether a code is known on a given date is the reference data's question, not this type's.
 */
public record CountryCode(String value) implements Comparable<CountryCode> {

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{1,3}");

    public CountryCode {
        Objects.requireNonNull(value, "country code");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("A country code is one to three letters A-Z, not '" + value + "'");
        }
    }

    /** Reads a code as it may come from a form or an MRZ field: trims, upper-cases, drops MRZ fillers. */
    public static CountryCode of(String raw) {
        Objects.requireNonNull(raw, "country code");
        return new CountryCode(raw.replace("<", "").trim().toUpperCase(java.util.Locale.ROOT));
    }

    public static boolean isWellFormed(String raw) {
        return raw != null && SHAPE.matcher(raw).matches();
    }

    @Override
    public int compareTo(CountryCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

package org.atoll.reference;

import java.util.Objects;

/**
 * A state, organisation or nationality code as written in travel documents: ISO 3166-1 alpha-3
 * plus the codes ICAO Doc 9303 Part 3 adds (D for Germany, GBD, UNO, XXA, EUE, UTO...).
 * Whether a code is known on a given date is the reference data's question, not this type's.
 */
public record CountryCode(String value) implements Comparable<CountryCode> {

    public CountryCode {
        Objects.requireNonNull(value, "country code");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("A country code is one to three letters A-Z, not '" + value + "'");
        }
    }

    /** Reads a code as it may come from a form or an MRZ field: trims, upper-cases, drops MRZ fillers. */
    public static CountryCode of(String raw) {
        Objects.requireNonNull(raw, "country code");
        return new CountryCode(raw.replace("<", "").trim().toUpperCase(java.util.Locale.ROOT));
    }

    /** One to three letters A-Z (what the pattern {@code [A-Z]{1,3}} accepts, without a regular expression). */
    public static boolean isWellFormed(String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > 3) {
            return false;
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
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

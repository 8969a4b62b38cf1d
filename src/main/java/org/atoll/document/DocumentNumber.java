package org.atoll.document;

import java.util.Locale;
import java.util.Objects;

/**
 * A travel document number as the issuer assigned it: letters A-Z and digits, up to 35
 * characters. Numbers longer than nine characters exist (ICAO 9303-5 and -6 let them continue
 * into the optional data of TD1 and TD2 zones); which lengths fit is the MRZ layout's question.
 */
public record DocumentNumber(String value) {

    public static final int MAX_LENGTH = 35;

    public DocumentNumber {
        Objects.requireNonNull(value, "document number");
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A document number has 1 to " + MAX_LENGTH + " characters, not " + value.length());
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                throw new IllegalArgumentException("A document number holds only letters A-Z and digits; '" + value
                        + "' has '" + c + "' at position " + (i + 1));
            }
        }
    }

    /** Reads a number typed in a form: upper-cases it and drops spaces, hyphens and MRZ fillers. */
    public static DocumentNumber of(String raw) {
        Objects.requireNonNull(raw, "document number");
        StringBuilder cleaned = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != ' ' && c != '-' && c != '<') {
                cleaned.append(c);
            }
        }
        return new DocumentNumber(cleaned.toString().toUpperCase(Locale.ROOT));
    }

    public int length() {
        return value.length();
    }

    @Override
    public String toString() {
        return value;
    }
}

package org.atoll.alert.screening;

import java.util.Locale;
import org.atoll.reference.CountryCode;

/**
 * Normalises document identifiers for exact matching: the issuing state as its ICAO code
 * (DEU read as Germany's ICAO code D) and the number upper-cased without spaces,
 * hyphens, slashes, dots or MRZ fillers.
 */
public final class DocumentKeys {

    private DocumentKeys() {
    }

    public static String normaliseNumber(String number) {
        StringBuilder b = new StringBuilder(number.length());
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c >= 'a' && c <= 'z') {
                b.append((char) (c - 32));
            } else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                b.append(c);
            } else if (Character.isLetterOrDigit(c)) {
                b.append(Character.toUpperCase(c));
            }
        }
        return b.toString();
    }

    public static String normaliseState(CountryCode state) {
        // ICAO 9303-3 §5: Germany is D in travel documents; lists often write ISO's DEU.
        String v = state.value();
        return "DEU".equals(v) ? "D" : v.toUpperCase(Locale.ROOT);
    }

    public static String key(CountryCode state, String number) {
        return normaliseState(state) + ":" + normaliseNumber(number);
    }
}

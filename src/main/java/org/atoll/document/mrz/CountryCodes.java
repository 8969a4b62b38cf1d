package org.atoll.document.mrz;

import org.atoll.reference.CountryCode;

/**
 * Reads a three-character MRZ code field (letters, then fillers: {@code UTO}, {@code D<<}) into
 * a shared {@link CountryCode} instance, so that reading a zone allocates no new code objects.
 */
final class CountryCodes {

    private static final CountryCode[] CACHE = new CountryCode[27 * 27 * 27];

    private CountryCodes() {
    }

    /** The code in chars[at, at+3), or {@code null} when the field is not letters followed by fillers. */
    static CountryCode read(char[] chars, int at) {
        int index = 0;
        int letters = 0;
        boolean filler = false;
        for (int i = at; i < at + 3; i++) {
            char c = chars[i];
            if (c == '<') {
                filler = true;
                index = index * 27;
            } else if (c >= 'A' && c <= 'Z' && !filler) {
                letters++;
                index = index * 27 + (c - 'A' + 1);
            } else {
                return null;
            }
        }
        if (letters == 0) {
            return null;
        }
        CountryCode code = CACHE[index];
        if (code == null) {
            // A benign race: CountryCode is immutable, so any thread's instance will do.
            code = new CountryCode(new String(chars, at, letters));
            CACHE[index] = code;
        }
        return code;
    }
}

package org.atoll.document;

import java.util.Objects;

/**
 * The document code at the start of an MRZ: one letter for the type (P passport, V visa, I, A or C
 * identity documents) and an optional second letter at the issuer's discretion (PO, PT, ID, VB...).
 */
public record DocumentCode(String value) {

    public DocumentCode {
        Objects.requireNonNull(value, "document code");
        if (value.isEmpty() || value.length() > 2 || !isLetter(value.charAt(0))
                || (value.length() == 2 && !isLetter(value.charAt(1)))) {
            throw new IllegalArgumentException("A document code is one or two letters A-Z, not '" + value + "'");
        }
    }

    private static final DocumentCode[] CACHE = new DocumentCode[26 * 27];

    /** Reads the two MRZ characters, where a filler stands for no second letter. */
    public static DocumentCode fromMrz(char first, char second) {
        if (first >= 'A' && first <= 'Z' && (second == '<' || (second >= 'A' && second <= 'Z'))) {
            int index = (first - 'A') * 27 + (second == '<' ? 0 : second - 'A' + 1);
            DocumentCode code = CACHE[index];
            if (code == null) {
                // A benign race: the record is immutable, so any thread's instance will do.
                code = new DocumentCode(second == '<' ? String.valueOf(first) : new String(new char[] {first, second}));
                CACHE[index] = code;
            }
            return code;
        }
        return new DocumentCode(second == '<' ? String.valueOf(first) : new String(new char[] {first, second}));
    }

    public char type() {
        return value.charAt(0);
    }

    public boolean isPassport() {
        return type() == 'P';
    }

    public boolean isVisa() {
        return type() == 'V';
    }

    /** I, A or C: identity and other official travel documents in TD1 or TD2 size. */
    public boolean isIdentityDocument() {
        char t = type();
        return t == 'I' || t == 'A' || t == 'C';
    }

    /** The code as two MRZ characters, padded with a filler. */
    public String toMrz() {
        return value.length() == 2 ? value : value + '<';
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    @Override
    public String toString() {
        return value;
    }
}

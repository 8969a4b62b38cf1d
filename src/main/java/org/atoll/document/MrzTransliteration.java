package org.atoll.document;

import org.atoll.document.mrz.Transliterator;

/**
 * Names in MRZ characters (ICAO Doc 9303-3 §6): Latin letters with diacritics, German umlauts,
 * Nordic letters, Cyrillic, and Greek (ELOT 743) become A-Z; spaces and hyphens become '<';
 * apostrophes and punctuation are dropped. Other modules use it to compare names as documents
 * write them.
 */
public final class MrzTransliteration {

    private static final Transliterator RECOMMENDED = new Transliterator(false);
    private static final Transliterator BASE_LETTERS = new Transliterator(true);

    private MrzTransliteration() {
    }

    /** Ä, Ö, Ü as AE, OE, UE (the form 9303 recommends). */
    public static String toMrz(String text) {
        return RECOMMENDED.toMrz(text);
    }

    /** Ä, Ö, Ü as A, O, U (the alternative 9303 allows). */
    public static String toMrzWithUmlautsAsBaseLetters(String text) {
        return BASE_LETTERS.toMrz(text);
    }
}

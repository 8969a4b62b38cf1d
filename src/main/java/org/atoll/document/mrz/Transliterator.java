package org.atoll.document.mrz;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Writes a name in MRZ characters: upper-case A-Z with '<' between name components.
 * ICAO 9303-3 §4.6 and §6: national characters are transliterated by the tables; spaces and
 * hyphens become '<'; apostrophes and other punctuation are left out; digits are not allowed.
 * Latin letters with diacritics that the table does not list lose the diacritic.
 */
public final class Transliterator {

    private static final String VOICELESS_GREEK = "ΘΚΞΠΣΤΦΧΨ";

    private final boolean umlautsAsBaseLetters;

    public Transliterator(boolean umlautsAsBaseLetters) {
        this.umlautsAsBaseLetters = umlautsAsBaseLetters;
    }

    /** @throws IllegalArgumentException naming the first character that has no MRZ form */
    public String toMrz(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).toUpperCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length() + 8);
        int i = 0;
        while (i < s.length()) {
            char ch = s.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                out.append(ch);
                i++;
            } else if (ch == '<' || ch == '-' || ch == '\u2010' || ch == '\u2011' || ch == '\u2013' || ch == '\u00A0' || Character.isWhitespace(ch)) {
                separator(out);
                i++;
            } else if (ch == '\'' || ch == '\u2019' || ch == '\u2018' || ch == '\u02BC' || ch == '`' || ch == '.' || ch == ',') {
                i++;
            } else if (Character.getType(ch) == Character.NON_SPACING_MARK) {
                i++; // a combining accent left over from upper-casing: 9303 drops diacritics it has no rule for
            } else if (isGreek(ch)) {
                i = greek(s, i, out);
            } else {
                out.append(single(ch, text));
                i++;
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '<') {
            end--;
        }
        out.setLength(end);
        return out.toString();
    }

    private String single(char ch, String text) {
        if (umlautsAsBaseLetters) {
            String simple = TransliterationTables.UMLAUTS_AS_BASE_LETTER.get(ch);
            if (simple != null) {
                return simple;
            }
        }
        String mapped = TransliterationTables.LATIN.get(ch);
        if (mapped == null) {
            mapped = TransliterationTables.CYRILLIC.get(ch);
        }
        if (mapped != null) {
            return mapped;
        }
        char base = base(ch);
        if (base >= 'A' && base <= 'Z') {
            return String.valueOf(base);
        }
        if (ch >= '0' && ch <= '9') {
            throw new IllegalArgumentException("A name in an MRZ holds no digits: '" + text + "'");
        }
        throw new IllegalArgumentException(String.format(
                "'%s' (U+%04X) in '%s' has no ICAO 9303 transliteration", ch, (int) ch, text));
    }

    private static int greek(String s, int i, StringBuilder out) {
        char g = base(s.charAt(i));
        char next = i + 1 < s.length() && isGreek(s.charAt(i + 1)) ? s.charAt(i + 1) : 0;
        char nextBase = next == 0 ? 0 : base(next);
        boolean nextHasDiaeresis = next != 0 && hasDiaeresis(next);
        if (nextBase == 'Υ' && !nextHasDiaeresis && (g == 'Ο' || g == 'Α' || g == 'Ε' || g == 'Η')) {
            if (g == 'Ο') {
                out.append("OU");
            } else {
                out.append(g == 'Α' ? 'A' : g == 'Ε' ? 'E' : 'I');
                char after = i + 2 < s.length() && isGreek(s.charAt(i + 2)) ? base(s.charAt(i + 2)) : 0;
                // ELOT 743: AF/EF/IF before a voiceless consonant and at the end of a word, AV/EV/IV otherwise.
                out.append(after == 0 || VOICELESS_GREEK.indexOf(after) >= 0 ? 'F' : 'V');
            }
            return i + 2;
        }
        if (g == 'Μ' && nextBase == 'Π') {
            boolean wordStart = i == 0 || !isGreek(s.charAt(i - 1));
            boolean wordEnd = i + 2 >= s.length() || !isGreek(s.charAt(i + 2));
            out.append(wordStart || wordEnd ? "B" : "MP");
            return i + 2;
        }
        if (g == 'Γ' && (nextBase == 'Γ' || nextBase == 'Ξ' || nextBase == 'Χ')) {
            out.append(nextBase == 'Γ' ? "NG" : nextBase == 'Ξ' ? "NX" : "NCH");
            return i + 2;
        }
        String mapped = TransliterationTables.GREEK.get(g);
        if (mapped == null) {
            throw new IllegalArgumentException(String.format("'%s' (U+%04X) has no Greek transliteration", s.charAt(i), (int) s.charAt(i)));
        }
        out.append(mapped);
        return i + 1;
    }

    private static void separator(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '<') {
            out.append('<');
        }
    }

    private static boolean isGreek(char ch) {
        return (ch >= '\u0386' && ch <= '\u03CE') || (ch >= '\u1F00' && ch <= '\u1FFF');
    }

    private static char base(char ch) {
        String decomposed = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
        return decomposed.charAt(0);
    }

    private static boolean hasDiaeresis(char ch) {
        return Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD).indexOf('\u0308') >= 0;
    }
}

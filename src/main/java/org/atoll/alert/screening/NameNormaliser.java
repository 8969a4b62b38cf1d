package org.atoll.alert.screening;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a name in any script into comparable tokens: transliteration to Latin (ICU4J, with
 * BGN/PCGN for Russian and pre-processing for Arabic where ICU's scholarly output departs from
 * the English spellings lists use), folding to upper-case ASCII, titles dropped, particles
 * marked, each token given its variant group's canonical spelling and a consonant key.
 * Thread-safe.
 */
public final class NameNormaliser {

    private static final ThreadLocal<Transliterator> ANY_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));
    private static final ThreadLocal<Transliterator> LATIN_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Latin-ASCII"));
    // BGN/PCGN is how English-language lists spell Russian names (KH, ZH, SHCH, YU, YA).
    private static final ThreadLocal<Transliterator> CYRILLIC =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII"));
    private static final ThreadLocal<Transliterator> ARABIC =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Arabic-Latin; Any-Latin; Latin-ASCII"));

    // The article written onto the next word (الدوري) becomes a separate particle, as Latin lists write AL-DURI.
    private static final Pattern ARABIC_ARTICLE = Pattern.compile("(^|\\s)\u0627\u0644(?!\u0644\u0647(\\s|$))(?=\\S{2,})");

    private static final NameNormaliser INSTANCE = new NameNormaliser();

    public static NameNormaliser instance() {
        return INSTANCE;
    }

    /** Normalises one full name into its tokens, in written order. */
    public List<NameToken> normalise(String name) {
        boolean consonantsOnly = false;
        String latin;
        if (isAscii(name)) {
            latin = name;
        } else {
            int script = dominantScript(name);
            if (script == UScript.ARABIC) {
                consonantsOnly = true;
                latin = ARABIC.get().transliterate(prepareArabic(name));
            } else if (script == UScript.CYRILLIC) {
                latin = CYRILLIC.get().transliterate(name);
            } else if (script == UScript.HEBREW || script == UScript.SYRIAC || script == UScript.THAANA) {
                consonantsOnly = true;
                latin = ANY_LATIN.get().transliterate(name);
            } else if (script == UScript.LATIN) {
                latin = LATIN_ASCII.get().transliterate(name);
            } else {
                latin = ANY_LATIN.get().transliterate(name);
            }
        }
        return tokenise(latin, consonantsOnly);
    }

    /** Builds a token from already-normalised upper-case ASCII text (used for compounds). */
    static NameToken token(String text, int flags) {
        String canonical = NameVariants.canonical(text);
        if (NameVariants.PARTICLES.contains(text)) {
            flags |= NameToken.PARTICLE;
        }
        if (text.length() == 1 && (flags & NameToken.PARTICLE) == 0) {
            flags |= NameToken.INITIAL;
        }
        return new NameToken(text, canonical, skeleton(canonical), flags);
    }

    private static List<NameToken> tokenise(String latin, boolean consonantsOnly) {
        List<NameToken> tokens = new ArrayList<>(4);
        StringBuilder current = new StringBuilder(16);
        int n = latin.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? latin.charAt(i) : ' ';
            if (c >= 'a' && c <= 'z') {
                current.append((char) (c - 32));
            } else if (c >= 'A' && c <= 'Z') {
                current.append(c);
            } else if (c == '\'' || c == '\u2019' || c == '\u02BF' || c == '\u02BE' || c == '`' || c == '\u02BC') {
                // apostrophes and ayn/hamza signs join: QA'IDA -> QAIDA
            } else if (Character.isLetter(c)) {
                // a letter ICU left as is (rare scripts): keep it so the token is not lost
                current.append(Character.toUpperCase(c));
            } else {
                if (current.length() > 0) {
                    String text = current.toString();
                    current.setLength(0);
                    if (!NameVariants.TITLES.contains(text)) {
                        tokens.add(token(text, consonantsOnly ? NameToken.CONSONANTS_ONLY : 0));
                    }
                }
            }
        }
        return tokens;
    }

    private static String prepareArabic(String name) {
        String s = name
                .replace('\u0629', '\u0647')   // ta marbuta: written -A or -AH in Latin, never T
                .replace('\u0640', ' ');        // tatweel
        return ARABIC_ARTICLE.matcher(s).replaceAll("$1\u0627\u0644 ");
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) return false;
        }
        return true;
    }

    private static int dominantScript(String s) {
        int latin = 0;
        int other = 0;
        int otherScript = UScript.LATIN;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            int script = UScript.getScript(cp);
            if (script == UScript.LATIN) {
                latin++;
            } else if (script != UScript.COMMON && script != UScript.INHERITED) {
                other++;
                otherScript = script;
            }
        }
        return other > latin ? otherScript : UScript.LATIN;
    }

    /**
     * A consonant key: vowels, W and Y dropped, digraphs and sound-alike letters folded, doubled
     * letters collapsed, a final H dropped. Arabic script writes no short vowels, so a name in
     * Arabic and its Latin spellings agree on this key (محمد, MOHAMMED, MUHAMAD all give MHMD).
     */
    static String skeleton(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        char last = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            char next = i + 1 < n ? s.charAt(i + 1) : 0;
            char mapped;
            if (next == 'H' && (c == 'P' || c == 'K' || c == 'G' || c == 'S' || c == 'T' || c == 'D' || c == 'Z' || c == 'C')) {
                mapped = switch (c) {
                    case 'P' -> 'F';
                    case 'K' -> 'H';
                    case 'Z' -> 'J';
                    case 'C' -> 'C';
                    default -> c;
                };
                i++;
            } else if (c == 'D' && next == 'J') {
                mapped = 'J';
                i++;
            } else {
                mapped = switch (c) {
                    case 'A', 'E', 'I', 'O', 'U', 'Y', 'W' -> 0;
                    case 'Q', 'C' -> 'K';
                    case 'V' -> 'F';
                    case 'H' -> i == n - 1 ? 0 : 'H';
                    default -> c;
                };
            }
            if (mapped == 0) {
                continue;
            }
            if (mapped != last) {
                out.append(mapped);
                last = mapped;
            }
        }
        return out.toString();
    }
}

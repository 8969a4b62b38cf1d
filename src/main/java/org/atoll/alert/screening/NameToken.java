package org.atoll.alert.screening;

/**
 * One normalised name part: upper-case ASCII {@code text}, the {@code canonical} spelling of its
 * variant group, and the consonant {@code key} used for sounds-alike and cross-script comparison.
 */
public record NameToken(String text, String canonical, String key, int flags) {

    /** An article or filiation particle (AL, BIN, VAN, DE): optional when matching. */
    public static final int PARTICLE = 1;
    /** A single letter: matches any part with that first letter, with little weight. */
    public static final int INITIAL = 2;
    /** Transliterated from a script that leaves short vowels unwritten (Arabic, Hebrew): compare consonants. */
    public static final int CONSONANTS_ONLY = 4;

    public boolean isParticle() {
        return (flags & PARTICLE) != 0;
    }

    public boolean isInitial() {
        return (flags & INITIAL) != 0;
    }

    public boolean consonantsOnly() {
        return (flags & CONSONANTS_ONLY) != 0;
    }

    @Override
    public String toString() {
        return text;
    }
}

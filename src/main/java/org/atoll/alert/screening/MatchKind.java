package org.atoll.alert.screening;

/** How one part of the traveller's name matched one part of the alert's name. */
public enum MatchKind {
    EXACT("same"),
    SPELLING_VARIANT("spelling variant"),
    SOUNDS_ALIKE("sounds alike"),
    TYPO("typo"),
    TRANSPOSED_LETTERS("letters transposed"),
    INITIAL("initial"),
    COMPOUND("joined/split"),
    TRANSLITERATED("same consonants after transliteration");

    private final String words;

    MatchKind(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}

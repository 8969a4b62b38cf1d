package org.atoll.document;

/** The five ICAO Doc 9303 machine readable zone layouts. */
public enum MrzFormat {
    /** Identity card, 3 lines of 30 (9303-5). */
    TD1(3, 30),
    /** Identity document, 2 lines of 36 (9303-6). */
    TD2(2, 36),
    /** Passport, 2 lines of 44 (9303-4). */
    TD3(2, 44),
    /** Full-size visa, 2 lines of 44 (9303-7). */
    MRV_A(2, 44),
    /** Small visa, 2 lines of 36 (9303-7). */
    MRV_B(2, 36);

    private final int lines;
    private final int lineLength;

    MrzFormat(int lines, int lineLength) {
        this.lines = lines;
        this.lineLength = lineLength;
    }

    public int lines() {
        return lines;
    }

    public int lineLength() {
        return lineLength;
    }

    public boolean isVisa() {
        return this == MRV_A || this == MRV_B;
    }

    /** The name ICAO uses: TD1, TD2, TD3, MRV-A, MRV-B. */
    public String label() {
        return name().replace('_', '-');
    }

    /** Reads TD1, TD2, TD3, MRV-A or MRV-B (also MRV_A, MRVA, any case). */
    public static MrzFormat parse(String text) {
        if (text != null) {
            String key = text.strip().toUpperCase(java.util.Locale.ROOT).replace("-", "").replace("_", "");
            for (MrzFormat f : values()) {
                if (f.name().replace("_", "").equals(key)) {
                    return f;
                }
            }
        }
        throw new IllegalArgumentException("An MRZ format is TD1, TD2, TD3, MRV-A or MRV-B, not '" + text + "'");
    }

    /** Width of the name field: line 3 of a TD1, positions 6 to the end of line 1 otherwise. */
    public int nameLength() {
        return this == TD1 ? 30 : lineLength - 5;
    }
}

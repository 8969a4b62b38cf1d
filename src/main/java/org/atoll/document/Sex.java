package org.atoll.document;

/** Sex as ICAO Doc 9303 writes it in the MRZ: F, M, or {@code <} when unspecified. */
public enum Sex {
    FEMALE('F'),
    MALE('M'),
    UNSPECIFIED('<');

    private final char mrzCode;

    Sex(char mrzCode) {
        this.mrzCode = mrzCode;
    }

    public char mrzCode() {
        return mrzCode;
    }

    /** The sex for an MRZ character, or {@code null} when the character is not one 9303 allows. */
    public static Sex fromMrzCode(char c) {
        return switch (c) {
            case 'F' -> FEMALE;
            case 'M' -> MALE;
            case '<' -> UNSPECIFIED;
            default -> null;
        };
    }

    /** Reads a form value: F/M/X/&lt; or FEMALE/MALE/UNSPECIFIED, in any case. */
    public static Sex parse(String value) {
        if (value == null) {
            throw new IllegalArgumentException("Sex is missing");
        }
        return switch (value.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "F", "FEMALE" -> FEMALE;
            case "M", "MALE" -> MALE;
            case "X", "<", "U", "UNSPECIFIED" -> UNSPECIFIED;
            default -> throw new IllegalArgumentException("Sex is F, M or X (unspecified), not '" + value + "'");
        };
    }
}

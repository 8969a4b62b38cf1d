package org.atoll.alert.screening;

/** Sex as travel documents record it (ICAO 9303: F, M or unspecified). */
public enum Sex {
    FEMALE, MALE, UNKNOWN;

    public static Sex fromText(String text) {
        if (text == null) return UNKNOWN;
        String t = text.trim().toUpperCase(java.util.Locale.ROOT);
        if (t.startsWith("F")) return FEMALE;
        if (t.startsWith("M")) return MALE;
        return UNKNOWN;
    }
}

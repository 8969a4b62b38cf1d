package org.atoll.document;

import java.util.List;

/**
 * A machine readable zone written from fields. {@code name} is the name as the zone holds it
 * (transliterated and, when {@code nameTruncated}, cut to fit as ICAO 9303-3 prescribes).
 */
public record GeneratedMrz(MrzFormat format, List<String> lines, PersonName name, boolean nameTruncated) {

    public GeneratedMrz {
        lines = List.copyOf(lines);
    }

    /** The lines separated by line feeds, as a desk reader would type them. */
    public String text() {
        return String.join("\n", lines);
    }
}

package org.atoll.document.web;

import java.util.List;
import org.atoll.document.GeneratedMrz;

/** A generated zone: its lines, the same joined by line feeds, and the name as the zone holds it. */
public record GeneratedMrzResponse(String format, List<String> lines, String mrz, String surname, String givenNames,
                                   boolean nameTruncated) {

    static GeneratedMrzResponse of(GeneratedMrz g) {
        return new GeneratedMrzResponse(g.format().label(), g.lines(), g.text(), g.name().primaryIdentifier(),
                g.name().secondaryIdentifier(), g.nameTruncated());
    }
}

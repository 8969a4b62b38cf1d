package org.atoll.alert.screening;

import java.util.List;

/** The best pairing of a traveller's name with one alert name, and what it is worth. */
record NameMatch(
        double score,
        List<NamePartMatch> parts,
        List<String> unmatchedQueryParts,
        List<String> unmatchedAlertParts,
        boolean commonPartsOnly,
        boolean singlePart) {

    static final NameMatch NONE = new NameMatch(0, List.of(), List.of(), List.of(), false, false);
}

package org.atoll.alert.internal;

import java.util.List;

import org.atoll.alert.screening.Explanation;

/** The engine's explanation of a candidate as the API and the hit queue show it, and as a hit keeps it. */
public record HitExplanation(String text, List<Part> nameParts, List<String> unmatchedTravellerParts,
                             List<String> unmatchedAlertParts, String dateOfBirth, String alertDatesOfBirth,
                             String nationality, String sex, List<String> notes) {

    public record Part(String travellerPart, String alertPart, String match, double similarity) {
    }

    static HitExplanation of(Explanation e) {
        return new HitExplanation(e.text(),
                e.nameParts().stream().map(p -> new Part(p.queryPart(), p.alertPart(), p.kind().words(),
                        Math.round(p.similarity() * 1000) / 1000.0)).toList(),
                e.unmatchedQueryParts(), e.unmatchedAlertParts(), e.dateOfBirth().words(), e.alertDatesOfBirth(),
                e.nationality().name(), e.sex().name(), e.notes());
    }
}

package org.atoll.alert.screening;

/** One part of the traveller's name paired with one part of the alert's name. */
public record NamePartMatch(String queryPart, String alertPart, MatchKind kind, double similarity) {

    String describe() {
        if (kind == MatchKind.EXACT) {
            return queryPart;
        }
        return queryPart + "~" + alertPart + " (" + kind.words() + ")";
    }
}

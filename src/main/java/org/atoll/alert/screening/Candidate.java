package org.atoll.alert.screening;

import java.util.UUID;

/** A person alert the traveller may be, with its score in [0,1], band and explanation. */
public record Candidate(
        UUID alertId,
        long alertVersion,
        String externalReference,
        double score,
        Band band,
        String matchedName,
        Explanation explanation) {
}

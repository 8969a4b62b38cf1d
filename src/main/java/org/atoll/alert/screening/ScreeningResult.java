package org.atoll.alert.screening;

import java.util.List;

/** Ranked person candidates (best first) and, separately, the document hits. */
public record ScreeningResult(List<Candidate> candidates, List<DocumentHit> documentHits) {

    public ScreeningResult {
        candidates = List.copyOf(candidates);
        documentHits = List.copyOf(documentHits);
    }

    public boolean hasStrongCandidate() {
        return candidates.stream().anyMatch(c -> c.band() == Band.STRONG);
    }
}

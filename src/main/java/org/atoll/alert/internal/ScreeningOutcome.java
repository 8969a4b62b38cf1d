package org.atoll.alert.internal;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a screening returns: person candidates (best first) and document hits, each with the hit
 * to dispose of. A candidate on an alert the caller's agency may not see carries only its ids,
 * score and band, the action to take and whom to contact; everything else is left out (null).
 */
public record ScreeningOutcome(List<CandidateView> candidates, List<DocumentHitView> documentHits) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CandidateView(UUID alertId, UUID hitId, Double score, String band, String actionOnHit, String contact,
                                String externalReference, Long alertVersion, String matchedName, HitExplanation explanation,
                                String category, List<String> warningMarkers, String owningAgency, Boolean reviewOverdue,
                                String view) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DocumentHitView(UUID alertId, UUID hitId, String actionOnHit, String contact,
                                  TravellerDetails.Document presented, String externalReference, Long alertVersion,
                                  String type, String documentKey, String category, List<String> warningMarkers,
                                  String owningAgency, Boolean reviewOverdue, String view) {
    }
}

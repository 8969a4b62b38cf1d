package org.atoll.alert;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What screening found: person candidates (best first, each {@code STRONG} or {@code POSSIBLE})
 * and document hits. Each carries the hit to dispose of, the action on hit and the contact; the
 * rest only when the screener's agency may see the alert in full.
 */
public record AlertScreeningResult(List<PersonAlertHit> personHits, List<DocumentAlertHit> documentHits) {

    public AlertScreeningResult {
        personHits = List.copyOf(personHits);
        documentHits = List.copyOf(documentHits);
    }

    public static AlertScreeningResult none() {
        return new AlertScreeningResult(List.of(), List.of());
    }

    public boolean isEmpty() {
        return personHits.isEmpty() && documentHits.isEmpty();
    }

    /**
     * A person alert that may be this traveller.
     *
     * @param band          {@code STRONG} or {@code POSSIBLE}
     * @param actionOnHit   what the officer must do (e.g. {@code REFER_TO_SECONDARY}, {@code REFUSE_ENTRY}, {@code ARREST})
     * @param fullView      whether the details below are filled (the screener's agency may see the alert)
     * @param explanation   one line an officer reads at a glance (empty when not in full view)
     */
    public record PersonAlertHit(UUID hitId, UUID alertId, double score, String band, String actionOnHit,
                                 String contact, boolean fullView, Optional<String> externalReference,
                                 Optional<String> matchedName, Optional<String> category, Optional<String> owningAgency,
                                 String explanation) {
    }

    /**
     * A document alert on a presented document (lost, stolen, invalidated, fraudulent).
     *
     * @param documentKey the presented document as issuing state + number, e.g. {@code PLW:P1234567}
     */
    public record DocumentAlertHit(UUID hitId, UUID alertId, String actionOnHit, String contact, boolean fullView,
                                   String documentKey, Optional<String> type, Optional<String> externalReference,
                                   Optional<String> owningAgency) {
    }
}

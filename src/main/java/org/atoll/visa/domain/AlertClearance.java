package org.atoll.visa.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether an application is clear of the alert list for an approval or an issue: it has been
 * screened (a failed screening is screened again first), and every strong person hit and every
 * document hit on its passport has been settled by an officer (confirmed or false positive).
 * Possible person hits are shown but do not stop the decision; refusing never waits.
 */
public record AlertClearance(Optional<Screening> screening, List<ApplicationAlertHit> hits) {

    /** When the application was screened and by whom; {@code failure} says why the list could not be asked. */
    public record Screening(Instant at, String by, Optional<String> failure) {
        public Screening {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            failure = failure == null ? Optional.empty() : failure;
        }
    }

    public AlertClearance {
        screening = screening == null ? Optional.empty() : screening;
        hits = List.copyOf(hits);
    }

    /** The hits that still stand in the way. */
    public List<ApplicationAlertHit> blocking() {
        return hits.stream().filter(ApplicationAlertHit::blocksIssue).toList();
    }

    public boolean screened() {
        return screening.filter(s -> s.failure().isEmpty()).isPresent();
    }

    /** Empty when a visa may be approved or issued; otherwise what has to happen first, one line each. */
    public List<String> obstacles() {
        List<String> reasons = new ArrayList<>();
        if (screening.isEmpty()) {
            reasons.add("The application has not been screened against the alert list yet: screen it first");
        } else if (screening.get().failure().isPresent()) {
            reasons.add("Screening against the alert list failed (" + screening.get().failure().get() + "): screen it again");
        }
        for (ApplicationAlertHit hit : blocking()) {
            reasons.add((hit.kind() == ApplicationAlertHit.Kind.DOCUMENT ? "Document alert hit " : "Strong alert hit ") + hit.hitId()
                    + " (" + hit.actionOnHit() + ") is not settled: record it as confirmed or a false positive, with a note");
        }
        return reasons;
    }

    public boolean clear() {
        return obstacles().isEmpty();
    }
}

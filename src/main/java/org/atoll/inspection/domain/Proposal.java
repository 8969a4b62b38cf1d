package org.atoll.inspection.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The booth's proposal: admit (permit type, last permitted day, conditions) or refer (with every
 * reason). {@code flags} are facts the officer must see whatever the outcome (e.g. an overstay on exit).
 */
public record Proposal(ProposalOutcome outcome, Optional<String> permitType, Optional<LocalDate> permittedUntil,
                       List<String> conditions, List<Reason> reasons, List<String> flags, int daysOverstayed) {

    public Proposal {
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == ProposalOutcome.REFUSE) {
            throw new IllegalArgumentException("The booth never proposes a refusal: only secondary refuses");
        }
        permitType = permitType == null ? Optional.empty() : permitType;
        permittedUntil = permittedUntil == null ? Optional.empty() : permittedUntil;
        conditions = List.copyOf(conditions);
        reasons = List.copyOf(reasons);
        flags = List.copyOf(flags);
        if (outcome == ProposalOutcome.REFER && reasons.isEmpty()) {
            throw new IllegalArgumentException("A referral has at least one reason");
        }
    }

    public boolean hasReason(ReferralReason code) {
        return reasons.stream().anyMatch(r -> r.code() == code);
    }

    public boolean overstayed() {
        return daysOverstayed > 0;
    }
}

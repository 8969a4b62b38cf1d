package org.atoll.regulation;

import java.util.Objects;

/**
 * One rule's answer for this traveller: what was checked (and under which rule code), its status,
 * why, how it is verified, what failing it means, and the provision it rests on.
 */
public record RequirementCheck(
        CheckKind kind,
        String rule,
        CheckStatus status,
        String reason,
        Verification verification,
        Consequence ifNotMet,
        ProvisionReference provision) {

    public RequirementCheck {
        Objects.requireNonNull(kind, "kind");
        rule = Texts.required(rule, "rule");
        Objects.requireNonNull(status, "status");
        reason = Texts.required(reason, "reason");
        Objects.requireNonNull(verification, "verification");
        Objects.requireNonNull(ifNotMet, "consequence");
        Objects.requireNonNull(provision, "provision");
    }

    /** The outcome this check forces: its consequence when not met, eligible otherwise. */
    public Outcome forcedOutcome() {
        return status == CheckStatus.NOT_MET ? ifNotMet.outcome() : Outcome.ELIGIBLE;
    }
}

package org.atoll.regulation;

import java.util.Objects;

/**
 * One thing a traveller must meet to enter: the rule and its parameters, how it is verified,
 * whom it applies to, what failing it means, and the provision it rests on.
 */
public record EntryRequirement(
        RuleCode code,
        String title,
        RequirementRule rule,
        Verification verification,
        RequirementScope scope,
        Consequence ifNotMet,
        ProvisionReference provision) {

    public EntryRequirement {
        Objects.requireNonNull(code, "code");
        title = Texts.required(title, "requirement title");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(verification, "verification");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(ifNotMet, "consequence");
        Objects.requireNonNull(provision, "provision");
    }

    public boolean appliesTo(VisaTypeCode visaType, Purpose purpose) {
        return scope.appliesTo(visaType, purpose);
    }
}

package org.atoll.regulation.policy;

import java.util.List;
import org.atoll.regulation.Outcome;
import org.atoll.regulation.RequirementCheck;

/**
 * The outcome is the least favourable one any check forces: a refusal ground makes the traveller
 * not eligible, a missing visa makes a visa required, anything else not met goes to an officer.
 * Checks still to verify do not change the outcome: the officer's screen lists them.
 */
public final class OutcomePolicy {

    public Outcome outcome(List<RequirementCheck> checks) {
        Outcome outcome = Outcome.ELIGIBLE;
        for (RequirementCheck check : checks) {
            outcome = outcome.worst(check.forcedOutcome());
        }
        return outcome;
    }
}

package org.atoll.regulation.policy;

import org.atoll.regulation.CheckKind;
import org.atoll.regulation.CheckStatus;
import org.atoll.regulation.EligibilityRequest;
import org.atoll.regulation.EntryRequirement;
import org.atoll.regulation.Money;
import org.atoll.regulation.RequirementCheck;
import org.atoll.regulation.RequirementRule.ProofOfFunds;
import org.atoll.regulation.Verification;

/** Funds for the intended stay: an amount per week or part of a week. */
public final class ProofOfFundsPolicy implements RequirementPolicy {

    @Override
    public RequirementCheck check(EntryRequirement requirement, EligibilityRequest request, EntryRoute route) {
        Money perWeek = ((ProofOfFunds) requirement.rule()).perWeek();
        int weeks = (request.intendedStayDays() + 6) / 7;
        Money needed = perWeek.times(weeks);
        String need = needed + " needed for " + request.intendedStayDays() + " days (" + perWeek + " a week)";
        if (request.declaredFunds().isEmpty()) {
            return RequirementPolicy.answer(requirement, CheckKind.FUNDS, CheckStatus.TO_VERIFY, need + "; none declared");
        }
        Money declared = request.declaredFunds().get();
        if (!declared.currency().equals(needed.currency())) {
            return RequirementPolicy.answer(requirement, CheckKind.FUNDS, CheckStatus.TO_VERIFY,
                    need + "; " + declared + " declared in another currency");
        }
        if (declared.isLessThan(needed)) {
            return RequirementPolicy.answer(requirement, CheckKind.FUNDS, CheckStatus.NOT_MET, need + "; " + declared + " declared");
        }
        CheckStatus status = requirement.verification() == Verification.DECLARATION ? CheckStatus.MET : CheckStatus.TO_VERIFY;
        return RequirementPolicy.answer(requirement, CheckKind.FUNDS, status, need + "; " + declared + " declared");
    }
}

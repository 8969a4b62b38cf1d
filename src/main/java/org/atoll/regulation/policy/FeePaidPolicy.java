package org.atoll.regulation.policy;

import org.atoll.regulation.CheckKind;
import org.atoll.regulation.CheckStatus;
import org.atoll.regulation.EligibilityRequest;
import org.atoll.regulation.EntryRequirement;
import org.atoll.regulation.RequirementCheck;
import org.atoll.regulation.RequirementRule.FeePaid;

/** A fee levied on entry; the officer sees that it was paid (in the ticket, at the port...). */
public final class FeePaidPolicy implements RequirementPolicy {

    @Override
    public RequirementCheck check(EntryRequirement requirement, EligibilityRequest request, EntryRoute route) {
        FeePaid fee = (FeePaid) requirement.rule();
        return RequirementPolicy.answer(requirement, CheckKind.FEE_PAID, CheckStatus.TO_VERIFY,
                fee.feeName() + " " + fee.amount() + " due: " + fee.howPaid());
    }
}

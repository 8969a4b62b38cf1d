package org.atoll.regulation.policy;

import org.atoll.regulation.CheckKind;
import org.atoll.regulation.CheckStatus;
import org.atoll.regulation.EligibilityRequest;
import org.atoll.regulation.EntryRequirement;
import org.atoll.regulation.RequirementCheck;

/** A return or onward ticket. */
public final class OnwardTicketPolicy implements RequirementPolicy {

    @Override
    public RequirementCheck check(EntryRequirement requirement, EligibilityRequest request, EntryRoute route) {
        CheckStatus status = RequirementPolicy.fromDeclaration(request.onwardTicket(), requirement.verification());
        String reason;
        switch (request.onwardTicket()) {
            case YES:
                reason = status == CheckStatus.MET ? "Return or onward ticket declared" : "Return or onward ticket declared: see it";
                break;
            case NO:
                reason = "No return or onward ticket";
                break;
            default:
                reason = "Return or onward ticket not declared: see it";
        }
        return RequirementPolicy.answer(requirement, CheckKind.ONWARD_TICKET, status, reason);
    }
}

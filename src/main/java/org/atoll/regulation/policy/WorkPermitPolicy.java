package org.atoll.regulation.policy;

import org.atoll.regulation.CheckKind;
import org.atoll.regulation.CheckStatus;
import org.atoll.regulation.EligibilityRequest;
import org.atoll.regulation.EntryRequirement;
import org.atoll.regulation.HeldVisa;
import org.atoll.regulation.RequirementCheck;
import org.atoll.regulation.VisaType;

/** Work needs a permit that allows it, held before entry. */
public final class WorkPermitPolicy implements RequirementPolicy {

    @Override
    public RequirementCheck check(EntryRequirement requirement, EligibilityRequest request, EntryRoute route) {
        boolean workingTypeHeld = route.admissible() && route.heldVisa().isPresent()
                && route.permitType().map(VisaType::workAllowed).orElse(false);
        if (!workingTypeHeld) {
            boolean workingTypeGranted = route.admissible() && route.permitType().map(VisaType::workAllowed).orElse(false);
            if (workingTypeGranted) {
                return RequirementPolicy.answer(requirement, CheckKind.WORK_PERMIT, CheckStatus.MET,
                        route.permitType().get().code() + " allows work");
            }
            return RequirementPolicy.answer(requirement, CheckKind.WORK_PERMIT, CheckStatus.NOT_MET,
                    "Work needs a permit that allows it, issued before entry; none held");
        }
        HeldVisa held = route.heldVisa().get();
        String permit = route.permitType().get().code() + " " + held.number();
        return held.confirmed()
                ? RequirementPolicy.answer(requirement, CheckKind.WORK_PERMIT, CheckStatus.MET, permit + " allows work")
                : RequirementPolicy.answer(requirement, CheckKind.WORK_PERMIT, CheckStatus.TO_VERIFY,
                        permit + " quoted: check the work permit");
    }
}

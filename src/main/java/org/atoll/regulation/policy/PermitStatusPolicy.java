package org.atoll.regulation.policy;

import java.time.LocalDate;
import java.util.Optional;

import org.atoll.regulation.CheckKind;
import org.atoll.regulation.CheckStatus;
import org.atoll.regulation.EligibilityRequest;
import org.atoll.regulation.EntryRequirement;
import org.atoll.regulation.HeldVisa;
import org.atoll.regulation.RequirementCheck;

/**
 * Immigration status ends with the permit held (e.g. an expired work permit means loss of
 * status): the permitted stay ends on the permit's last valid day, and an intended stay beyond
 * it goes to the officer.
 */
public final class PermitStatusPolicy implements RequirementPolicy {

    @Override
    public RequirementCheck check(EntryRequirement requirement, EligibilityRequest request, EntryRoute route) {
        Optional<HeldVisa> held = route.heldVisa();
        if (held.isEmpty()) {
            return RequirementPolicy.answer(requirement, CheckKind.PERMIT_STATUS, CheckStatus.TO_VERIFY,
                    "No permit held: immigration status will last only as long as the permit");
        }
        String permit = "Permit " + held.get().number();
        Optional<LocalDate> until = held.get().validUntil();
        if (until.isEmpty()) {
            return RequirementPolicy.answer(requirement, CheckKind.PERMIT_STATUS, CheckStatus.TO_VERIFY,
                    permit + " quoted: check its expiry; immigration status ends with it");
        }
        if (request.intendedLastDay().isAfter(until.get())) {
            return RequirementPolicy.answer(requirement, CheckKind.PERMIT_STATUS, CheckStatus.NOT_MET,
                    permit + " expires on " + until.get() + ", before the intended stay ends (" + request.intendedLastDay()
                            + "): immigration status ends with the permit");
        }
        return RequirementPolicy.answer(requirement, CheckKind.PERMIT_STATUS, CheckStatus.MET,
                permit + " valid until " + until.get() + "; immigration status ends with it");
    }

    /** The last day of status the permit held gives, when its validity is known. */
    public Optional<LocalDate> lastDayOfStatus(EntryRoute route) {
        return route.heldVisa().flatMap(HeldVisa::validUntil);
    }
}

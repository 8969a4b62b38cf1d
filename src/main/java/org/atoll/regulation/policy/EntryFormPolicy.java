package org.atoll.regulation.policy;

import org.atoll.regulation.CheckKind;
import org.atoll.regulation.CheckStatus;
import org.atoll.regulation.EligibilityRequest;
import org.atoll.regulation.EntryRequirement;
import org.atoll.regulation.RequirementCheck;
import org.atoll.regulation.RequirementRule.EntryForm;

/** An entry form submitted shortly before arrival; the officer scans it at the booth. */
public final class EntryFormPolicy implements RequirementPolicy {

    @Override
    public RequirementCheck check(EntryRequirement requirement, EligibilityRequest request, EntryRoute route) {
        EntryForm form = (EntryForm) requirement.rule();
        return RequirementPolicy.answer(requirement, CheckKind.ENTRY_FORM, CheckStatus.TO_VERIFY,
                form.formName() + " submitted within " + form.hoursBeforeArrival() + " hours before arrival: check its code");
    }
}

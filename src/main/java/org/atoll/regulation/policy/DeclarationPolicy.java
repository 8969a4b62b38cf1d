package org.atoll.regulation.policy;

import org.atoll.regulation.CheckKind;
import org.atoll.regulation.CheckStatus;
import org.atoll.regulation.EligibilityRequest;
import org.atoll.regulation.EntryRequirement;
import org.atoll.regulation.RequirementCheck;
import org.atoll.regulation.RequirementRule.Declaration;

/** A statement signed at entry (e.g. a pledge). */
public final class DeclarationPolicy implements RequirementPolicy {

    @Override
    public RequirementCheck check(EntryRequirement requirement, EligibilityRequest request, EntryRoute route) {
        return RequirementPolicy.answer(requirement, CheckKind.DECLARATION, CheckStatus.TO_VERIFY,
                "Traveller signs: " + ((Declaration) requirement.rule()).statement());
    }
}

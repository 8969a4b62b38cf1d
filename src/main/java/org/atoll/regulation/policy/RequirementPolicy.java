package org.atoll.regulation.policy;

import org.atoll.regulation.CheckKind;
import org.atoll.regulation.CheckStatus;
import org.atoll.regulation.Declared;
import org.atoll.regulation.EligibilityRequest;
import org.atoll.regulation.EntryRequirement;
import org.atoll.regulation.RequirementCheck;
import org.atoll.regulation.Verification;

/** Checks one kind of entry requirement for a traveller on a route. */
public interface RequirementPolicy {

    RequirementCheck check(EntryRequirement requirement, EligibilityRequest request, EntryRoute route);

    static RequirementCheck answer(EntryRequirement requirement, CheckKind kind, CheckStatus status, String reason) {
        return new RequirementCheck(kind, requirement.code().value(), status, reason, requirement.verification(),
                requirement.ifNotMet(), requirement.provision());
    }

    /** A declaration is taken as given when the requirement is verified by declaration; otherwise the officer sees it. */
    static CheckStatus fromDeclaration(Declared declared, Verification verification) {
        switch (declared) {
            case NO:
                return CheckStatus.NOT_MET;
            case YES:
                return verification == Verification.DECLARATION ? CheckStatus.MET : CheckStatus.TO_VERIFY;
            default:
                return CheckStatus.TO_VERIFY;
        }
    }
}

package org.atoll.regulation.policy;

import org.atoll.regulation.CheckKind;
import org.atoll.regulation.CheckStatus;
import org.atoll.regulation.EligibilityRequest;
import org.atoll.regulation.EntryRequirement;
import org.atoll.regulation.RequirementCheck;
import org.atoll.regulation.RequirementRule.SupportingDocument;
import org.atoll.regulation.Verification;

/**
 * A supporting document (contract, police clearance, affidavits...). The engine cannot see it:
 * it is always on the officer's list, saying how it is confirmed.
 */
public final class SupportingDocumentPolicy implements RequirementPolicy {

    @Override
    public RequirementCheck check(EntryRequirement requirement, EligibilityRequest request, EntryRoute route) {
        String document = ((SupportingDocument) requirement.rule()).document();
        return RequirementPolicy.answer(requirement, CheckKind.SUPPORTING_DOCUMENT, CheckStatus.TO_VERIFY,
                document + ": " + how(requirement.verification()));
    }

    private static String how(Verification verification) {
        switch (verification) {
            case DECLARATION:
                return "declared (taken as given, on file with the permit)";
            case DOCUMENT_DATA:
                return "from the permit's record";
            default:
                return "the officer sees the document";
        }
    }
}

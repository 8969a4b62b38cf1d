package org.atoll.regulation.policy;

import java.time.LocalDate;
import org.atoll.regulation.CheckKind;
import org.atoll.regulation.CheckStatus;
import org.atoll.regulation.EligibilityRequest;
import org.atoll.regulation.EntryRequirement;
import org.atoll.regulation.RequirementCheck;
import org.atoll.regulation.RequirementRule.PassportValidity;

/** The travel document must stay valid a number of months beyond the arrival date. */
public final class PassportValidityPolicy implements RequirementPolicy {

    @Override
    public RequirementCheck check(EntryRequirement requirement, EligibilityRequest request, EntryRoute route) {
        int months = ((PassportValidity) requirement.rule()).monthsBeyondArrival();
        LocalDate needed = request.arrivalDate().plusMonths(months);
        LocalDate expiry = request.document().expiry();
        if (expiry.isBefore(needed)) {
            String how = expiry.isBefore(request.arrivalDate()) ? "expired on " + expiry : "expires on " + expiry;
            return RequirementPolicy.answer(requirement, CheckKind.PASSPORT_VALIDITY, CheckStatus.NOT_MET,
                    "Travel document " + how + ", less than " + months + " months after arrival on " + request.arrivalDate()
                            + " (valid until " + needed + " or later needed)");
        }
        return RequirementPolicy.answer(requirement, CheckKind.PASSPORT_VALIDITY, CheckStatus.MET,
                "Travel document valid until " + expiry + ", at least " + months + " months after arrival");
    }
}

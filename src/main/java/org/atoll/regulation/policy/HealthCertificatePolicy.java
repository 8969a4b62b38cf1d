package org.atoll.regulation.policy;

import org.atoll.regulation.CheckKind;
import org.atoll.regulation.CheckStatus;
import org.atoll.regulation.EligibilityRequest;
import org.atoll.regulation.EntryRequirement;
import org.atoll.regulation.RequirementCheck;
import org.atoll.regulation.RequirementRule.HealthCertificate;

/** A health certificate no older than a number of days at arrival. */
public final class HealthCertificatePolicy implements RequirementPolicy {

    @Override
    public RequirementCheck check(EntryRequirement requirement, EligibilityRequest request, EntryRoute route) {
        int days = ((HealthCertificate) requirement.rule()).maxAgeDays();
        return RequirementPolicy.answer(requirement, CheckKind.HEALTH_CERTIFICATE, CheckStatus.TO_VERIFY,
                "Health certificate issued on or after " + request.arrivalDate().minusDays(days) + " (at most " + days
                        + " days old)");
    }
}

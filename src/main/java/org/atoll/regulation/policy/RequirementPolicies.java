package org.atoll.regulation.policy;

import org.atoll.regulation.RequirementRule;

/** The policy that checks each kind of requirement rule. */
public final class RequirementPolicies {

    private final RequirementPolicy passportValidity = new PassportValidityPolicy();
    private final RequirementPolicy onwardTicket = new OnwardTicketPolicy();
    private final RequirementPolicy funds = new ProofOfFundsPolicy();
    private final RequirementPolicy entryForm = new EntryFormPolicy();
    private final RequirementPolicy declaration = new DeclarationPolicy();
    private final RequirementPolicy healthCertificate = new HealthCertificatePolicy();
    private final RequirementPolicy workPermit = new WorkPermitPolicy();
    private final RequirementPolicy feePaid = new FeePaidPolicy();

    public RequirementPolicy forRule(RequirementRule rule) {
        if (rule instanceof RequirementRule.PassportValidity) {
            return passportValidity;
        }
        if (rule instanceof RequirementRule.OnwardTicket) {
            return onwardTicket;
        }
        if (rule instanceof RequirementRule.ProofOfFunds) {
            return funds;
        }
        if (rule instanceof RequirementRule.EntryForm) {
            return entryForm;
        }
        if (rule instanceof RequirementRule.Declaration) {
            return declaration;
        }
        if (rule instanceof RequirementRule.HealthCertificate) {
            return healthCertificate;
        }
        if (rule instanceof RequirementRule.WorkPermit) {
            return workPermit;
        }
        if (rule instanceof RequirementRule.FeePaid) {
            return feePaid;
        }
        throw new IllegalArgumentException("No policy checks " + rule);
    }
}

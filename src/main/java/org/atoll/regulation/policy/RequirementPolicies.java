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
    private final RequirementPolicy supportingDocument = new SupportingDocumentPolicy();
    private final PermitStatusPolicy permitStatus = new PermitStatusPolicy();

    /** The policy that bounds the permitted stay by the permit held ({@link RequirementRule.StatusEndsWithPermit}). */
    public PermitStatusPolicy permitStatus() {
        return permitStatus;
    }

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
        if (rule instanceof RequirementRule.SupportingDocument) {
            return supportingDocument;
        }
        if (rule instanceof RequirementRule.StatusEndsWithPermit) {
            return permitStatus;
        }
        throw new IllegalArgumentException("No policy checks " + rule);
    }
}

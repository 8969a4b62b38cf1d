package org.atoll.visa;

import java.util.UUID;

import org.atoll.access.AgencyCode;

/**
 * Revocations proposed from elsewhere (an officer working an incident): recorded on the visa for
 * the visa officers, who decide with the visa's own revocation flow (grounds, four eyes where the
 * law asks) or dismiss the proposal with a note. Proposing never revokes anything.
 */
public interface VisaRevocationProposals {

    /** {@code origin} says where the proposal comes from, e.g. "incident 1f0c…", and is shown with it. */
    record RevocationProposal(VisaNumber visa, String reason, String origin, String proposedBy, AgencyCode proposingAgency) {
    }

    /**
     * Records the proposal; audited.
     *
     * @return the proposal's id
     * @throws org.atoll.InvalidRequestException on field {@code visaNumber} when there is no such visa,
     *         or {@code reason} when none is given
     */
    UUID propose(RevocationProposal proposal);
}

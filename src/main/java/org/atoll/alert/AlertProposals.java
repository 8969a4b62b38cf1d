package org.atoll.alert;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.atoll.access.AgencyCode;

/**
 * Alerts proposed from elsewhere (an incident): each arrives as a DRAFT owned by the chosen agency,
 * whose alert managers complete it (legal basis, action on hit, review) and activate it or withdraw
 * it. A draft is never screened. The proposer's agency need not be the owner.
 */
public interface AlertProposals {

    /** A person alert (by name, optionally date of birth, nationality and a document) or a document alert. */
    enum Kind { PERSON, DOCUMENT }

    /**
     * What the proposer knows. For a PERSON: {@code surname} and/or {@code givenNames}; for a DOCUMENT:
     * issuing state and number. {@code origin} says where the proposal comes from (e.g. "incident 1f0c...")
     * and is kept in the alert's reason and reference.
     */
    record AlertProposal(AgencyCode owningAgency, Kind kind, String surname, String givenNames,
                         Optional<LocalDate> dateOfBirth, Optional<String> nationality,
                         Optional<String> documentIssuingState, Optional<String> documentNumber,
                         String reason, String origin, String proposedBy, AgencyCode proposingAgency) {

        public AlertProposal {
            dateOfBirth = dateOfBirth == null ? Optional.empty() : dateOfBirth;
            nationality = nationality == null ? Optional.empty() : nationality;
            documentIssuingState = documentIssuingState == null ? Optional.empty() : documentIssuingState;
            documentNumber = documentNumber == null ? Optional.empty() : documentNumber;
        }
    }

    /** The draft created: its id and the reference it is filed under in the owning agency. */
    record ProposedAlert(UUID alertId, String externalReference) {
    }

    /**
     * Creates the DRAFT alert, audited and announced like any other alert change.
     *
     * @throws org.atoll.InvalidRequestException naming the proposal's field at fault ({@code owningAgency},
     *         {@code surname}, {@code givenNames}, {@code dateOfBirth}, {@code nationality},
     *         {@code documentIssuingState}, {@code documentNumber}, {@code reason})
     */
    ProposedAlert propose(AlertProposal proposal);
}

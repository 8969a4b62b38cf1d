package org.atoll.alert.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A problem found in a proposed alert is named by the proposal's field, which is what the proposer filled in. */
class AlertProposalFieldsTest {

    @Test
    void alertPathsAreTranslatedToTheProposalsFieldNames() {
        assertThat(AlertProposalsAdapter.proposalField("person.names[0].surname")).isEqualTo("surname");
        assertThat(AlertProposalsAdapter.proposalField("person.names[0].givenNames")).isEqualTo("givenNames");
        assertThat(AlertProposalsAdapter.proposalField("person.names[0].text")).isEqualTo("surname");
        assertThat(AlertProposalsAdapter.proposalField("person.datesOfBirth[0]")).isEqualTo("dateOfBirth");
        assertThat(AlertProposalsAdapter.proposalField("person.nationalities[0]")).isEqualTo("nationality");
        assertThat(AlertProposalsAdapter.proposalField("person.documents[0].issuingState")).isEqualTo("documentIssuingState");
        assertThat(AlertProposalsAdapter.proposalField("document.issuingState")).isEqualTo("documentIssuingState");
        assertThat(AlertProposalsAdapter.proposalField("person.documents[0].number")).isEqualTo("documentNumber");
        assertThat(AlertProposalsAdapter.proposalField("document.number")).isEqualTo("documentNumber");
        assertThat(AlertProposalsAdapter.proposalField("owningAgency")).isEqualTo("owningAgency");
        assertThat(AlertProposalsAdapter.proposalField("reason")).isEqualTo("reason");
        assertThat(AlertProposalsAdapter.proposalField("reviewDate")).isEqualTo("reviewDate");
    }
}

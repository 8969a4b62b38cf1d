package org.atoll.visa.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Which applications the alert list's changes reach. */
class ApplicationStatusTest {

    @Test
    void applicationsNotYetDecidedOrApprovedButNotIssuedAwaitClearance() {
        assertThat(Arrays.stream(ApplicationStatus.values()).filter(ApplicationStatus::awaitsClearance))
                .containsExactlyInAnyOrder(ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW,
                        ApplicationStatus.INTERVIEW_SCHEDULED, ApplicationStatus.REFUSAL_PROPOSED, ApplicationStatus.APPROVED);
    }

    @Test
    void noFinalStatusAwaitsClearance() {
        EnumSet<ApplicationStatus> finals = EnumSet.noneOf(ApplicationStatus.class);
        Arrays.stream(ApplicationStatus.values()).filter(ApplicationStatus::isFinal).forEach(finals::add);

        assertThat(finals).containsExactlyInAnyOrder(ApplicationStatus.REFUSED, ApplicationStatus.ISSUED, ApplicationStatus.WITHDRAWN);
        assertThat(finals).noneMatch(ApplicationStatus::awaitsClearance);
    }
}

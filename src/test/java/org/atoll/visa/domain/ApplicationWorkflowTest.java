package org.atoll.visa.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.atoll.visa.VisaNumber;
import org.junit.jupiter.api.Test;

/** Every transition of the workflow: each allowed one works through its action, every other is refused. */
class ApplicationWorkflowTest {

    private static final String SUPERVISOR = "supervisor";

    /** The actions that lead to each status (some statuses are reached by more than one). */
    private static Map<ApplicationStatus, List<Consumer<VisaApplication>>> actionsLeadingTo() {
        Map<ApplicationStatus, List<Consumer<VisaApplication>>> actions = new EnumMap<>(ApplicationStatus.class);
        actions.put(ApplicationStatus.SUBMITTED, List.of());
        actions.put(ApplicationStatus.UNDER_REVIEW, List.of(
                a -> a.startReview("officer", Applications.NOW),
                a -> a.sendBackRefusal(SUPERVISOR, Applications.NOW, "check the bank statement again")));
        actions.put(ApplicationStatus.INTERVIEW_SCHEDULED, List.of(a -> a.scheduleInterview(
                new VisaApplication.Interview(LocalDateTime.of(2026, 3, 5, 10, 0), "Koror office"), "officer", Applications.NOW)));
        actions.put(ApplicationStatus.REFUSAL_PROPOSED, List.of(a -> a.refuse(Applications.GROUNDS, true, "officer", Applications.NOW)));
        actions.put(ApplicationStatus.REFUSED, List.of(
                a -> a.refuse(Applications.GROUNDS, false, "officer", Applications.NOW),
                a -> a.confirmRefusal(SUPERVISOR, Applications.NOW)));
        actions.put(ApplicationStatus.APPROVED, List.of(a -> a.approve("officer", Applications.NOW, null)));
        actions.put(ApplicationStatus.ISSUED, List.of(a -> a.markIssued(VisaNumber.of("V00000001"), "officer", Applications.NOW)));
        actions.put(ApplicationStatus.WITHDRAWN, List.of(a -> a.withdraw("officer", Applications.NOW, "plans changed")));
        return actions;
    }

    @Test
    void everyAllowedTransitionWorksAndRecordsTheOfficerAndTime() {
        int walked = 0;
        for (ApplicationStatus from : ApplicationStatus.values()) {
            for (ApplicationStatus to : from.allowedNext()) {
                boolean reached = false;
                for (Consumer<VisaApplication> action : actionsLeadingTo().get(to)) {
                    VisaApplication a = Applications.inStatus(from);
                    int before = a.history().size();
                    try {
                        action.accept(a);
                    } catch (TransitionNotAllowedException e) {
                        continue; // another action leads to this status from here
                    }
                    assertThat(a.status()).as(from + " -> " + to).isEqualTo(to);
                    StatusChange last = a.history().get(before);
                    assertThat(last.from()).isEqualTo(from);
                    assertThat(last.to()).isEqualTo(to);
                    assertThat(last.at()).isEqualTo(Applications.NOW);
                    assertThat(last.officer()).isIn("officer", SUPERVISOR);
                    reached = true;
                }
                assertThat(reached).as("some action takes an application from " + from + " to " + to).isTrue();
                walked++;
            }
        }
        assertThat(walked).isEqualTo(17);
    }

    @Test
    void everyOtherTransitionIsRefusedAndChangesNothing() {
        int refused = 0;
        int actions = 0;
        for (ApplicationStatus from : ApplicationStatus.values()) {
            for (Map.Entry<ApplicationStatus, List<Consumer<VisaApplication>>> target : actionsLeadingTo().entrySet()) {
                for (Consumer<VisaApplication> action : target.getValue()) {
                    actions++;
                    VisaApplication a = Applications.inStatus(from);
                    int before = a.history().size();
                    try {
                        action.accept(a);
                        assertThat(from.canMoveTo(target.getKey())).as(from + " -> " + target.getKey() + " was made").isTrue();
                    } catch (TransitionNotAllowedException e) {
                        assertThat(a.status()).isEqualTo(from);
                        assertThat(a.history()).hasSize(before);
                        refused++;
                    }
                }
            }
        }
        // every action from every status: only the 17 allowed transitions succeed, each through exactly one action
        assertThat(actions).isEqualTo(8 * 9);
        assertThat(refused).isEqualTo(actions - 17);
    }

    @Test
    void finalStatesAllowNothingAndNothingLeadsBackToSubmitted() {
        assertThat(ApplicationStatus.REFUSED.isFinal()).isTrue();
        assertThat(ApplicationStatus.ISSUED.isFinal()).isTrue();
        assertThat(ApplicationStatus.WITHDRAWN.isFinal()).isTrue();
        for (ApplicationStatus s : ApplicationStatus.values()) {
            assertThat(s.canMoveTo(ApplicationStatus.SUBMITTED)).isFalse();
            assertThat(s.canMoveTo(s)).as(s + " to itself").isFalse();
        }
    }

    @Test
    void theOfficerWhoProposedARefusalCannotApproveIt() {
        VisaApplication a = Applications.submitted();
        a.startReview("proposer", Applications.NOW);
        a.refuse(Applications.GROUNDS, true, "proposer", Applications.NOW);

        assertThatThrownBy(() -> a.confirmRefusal("proposer", Applications.NOW)).isInstanceOf(FourEyesException.class);
        assertThat(a.status()).isEqualTo(ApplicationStatus.REFUSAL_PROPOSED);
        a.confirmRefusal(SUPERVISOR, Applications.NOW);
        assertThat(a.status()).isEqualTo(ApplicationStatus.REFUSED);
        assertThat(a.refusalConfirmedBy()).contains(SUPERVISOR);
        assertThat(a.refusalGrounds()).contains(Applications.GROUNDS);
    }

    @Test
    void aRefusalSentBackLosesItsGrounds() {
        VisaApplication a = Applications.inStatus(ApplicationStatus.REFUSAL_PROPOSED);
        a.sendBackRefusal(SUPERVISOR, Applications.NOW, "the sponsor's letter was overlooked");
        assertThat(a.status()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
        assertThat(a.refusalGrounds()).isEmpty();
        assertThat(a.decidedBy()).isEmpty();
    }

    @Test
    void aRefusalWithoutGroundsOrWithoutAReasonCannotBeMade() {
        assertThatThrownBy(() -> new Grounds(List.of(), "reason")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ground");
        assertThatThrownBy(() -> new Grounds(Applications.GROUNDS.provisions(), "  ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reason");
    }

    @Test
    void theSubmissionIsTheFirstRecordedTransition() {
        VisaApplication a = Applications.submitted();
        assertThat(a.history()).singleElement().satisfies(c -> {
            assertThat(c.from()).isNull();
            assertThat(c.to()).isEqualTo(ApplicationStatus.SUBMITTED);
            assertThat(c.officer()).isEqualTo("clerk");
        });
        assertThat(a.intendedStayDays()).isEqualTo(14);
    }
}

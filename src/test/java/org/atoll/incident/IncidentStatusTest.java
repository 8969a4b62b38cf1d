package org.atoll.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.atoll.incident.domain.IncidentStatus;
import org.atoll.incident.domain.StatusChangePolicy;
import org.junit.jupiter.api.Test;

import static org.atoll.incident.domain.IncidentStatus.*;

class IncidentStatusTest {

    static final Map<IncidentStatus, Set<IncidentStatus>> EXPECTED = Map.of(
            REPORTED, EnumSet.of(UNDER_INVESTIGATION, CLOSED),
            UNDER_INVESTIGATION, EnumSet.of(ACTION_TAKEN, CLOSED),
            ACTION_TAKEN, EnumSet.of(CLOSED, UNDER_INVESTIGATION),
            CLOSED, EnumSet.of(REOPENED),
            REOPENED, EnumSet.of(UNDER_INVESTIGATION, ACTION_TAKEN, CLOSED));

    private final StatusChangePolicy policy = new StatusChangePolicy();

    @Test
    void everyPairOfStatusesIsAllowedExactlyWhenTheGraphHasThatEdge() {
        for (IncidentStatus from : IncidentStatus.values()) {
            for (IncidentStatus to : IncidentStatus.values()) {
                boolean expected = EXPECTED.get(from).contains(to);
                assertThat(policy.check(from, to, "a reason").allowed()).as(from + " -> " + to).isEqualTo(expected);
            }
        }
    }

    @Test
    void everyStatusIsReachableFromReportedAndClosedIsAlwaysReachable() {
        Set<IncidentStatus> seen = EnumSet.of(REPORTED);
        var queue = new ArrayDeque<>(Set.of(REPORTED));
        while (!queue.isEmpty()) {
            for (IncidentStatus next : queue.poll().next()) {
                if (seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        assertThat(seen).containsExactlyInAnyOrder(IncidentStatus.values());
        for (IncidentStatus s : IncidentStatus.values()) {
            assertThat(s == CLOSED || s.canMoveTo(CLOSED)).as(s + " can be closed").isTrue();
        }
    }

    @Test
    void walkingTheWholeLifecycleTakesEveryEdgeOnce() {
        IncidentStatus[] walk = {REPORTED, UNDER_INVESTIGATION, ACTION_TAKEN, UNDER_INVESTIGATION, CLOSED, REOPENED,
                ACTION_TAKEN, CLOSED, REOPENED, UNDER_INVESTIGATION, ACTION_TAKEN, CLOSED, REOPENED, CLOSED};
        for (int i = 1; i < walk.length; i++) {
            assertThat(policy.check(walk[i - 1], walk[i], "new evidence").allowed()).as(walk[i - 1] + " -> " + walk[i]).isTrue();
        }
        assertThat(policy.check(REPORTED, CLOSED, null).allowed()).isTrue();
    }

    @Test
    void reopeningAClosedIncidentNeedsAReason() {
        var outcome = policy.check(CLOSED, REOPENED, " ");
        assertThat(outcome.allowed()).isFalse();
        assertThat(outcome.reason()).contains("reason");
        assertThat(policy.check(CLOSED, REOPENED, "The traveller returned with a new passport").allowed()).isTrue();
    }

    @Test
    void aClosedIncidentCannotJumpBackToInvestigationWithoutBeingReopened() {
        var outcome = policy.check(CLOSED, UNDER_INVESTIGATION, "why not");
        assertThat(outcome.allowed()).isFalse();
        assertThat(outcome.reason()).contains("CLOSED").contains("UNDER_INVESTIGATION");
    }
}

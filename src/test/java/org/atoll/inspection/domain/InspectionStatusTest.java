package org.atoll.inspection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Every state of an inspection in its transition graph, and every move outside it refused. */
class InspectionStatusTest {

    @Test
    void everyStateIsReachableFromAwaitingDecision() {
        Set<InspectionStatus> seen = EnumSet.of(InspectionStatus.AWAITING_DECISION);
        java.util.ArrayDeque<InspectionStatus> todo = new java.util.ArrayDeque<>(seen);
        while (!todo.isEmpty()) {
            for (InspectionStatus next : todo.pop().allowedNext()) {
                if (seen.add(next)) {
                    todo.add(next);
                }
            }
        }
        assertThat(seen).containsExactlyInAnyOrder(InspectionStatus.values());
    }

    @Test
    void walksEveryTransitionAllowedOrRefused() {
        for (InspectionStatus from : InspectionStatus.values()) {
            for (InspectionStatus to : InspectionStatus.values()) {
                if (from.allowedNext().contains(to)) {
                    assertThat(from.moveTo(to)).isEqualTo(to);
                } else {
                    assertThatThrownBy(() -> from.moveTo(to)).isInstanceOf(InspectionConflictException.class);
                }
            }
        }
    }

    @Test
    void aRefusalIsOnlyReachedThroughSecondary() {
        assertThat(InspectionStatus.AWAITING_DECISION.canMoveTo(InspectionStatus.REFUSED)).isFalse();
        assertThat(InspectionStatus.REFERRED.canMoveTo(InspectionStatus.REFUSED)).isTrue();
    }

    @Test
    void aHandoverToAnotherAgencyIsDecidedAtSecondaryAndEndsTheInspection() {
        assertThat(InspectionStatus.AWAITING_DECISION.canMoveTo(InspectionStatus.HANDED_OVER)).isFalse();
        assertThat(InspectionStatus.REFERRED.canMoveTo(InspectionStatus.HANDED_OVER)).isTrue();
        assertThat(InspectionStatus.REFUSAL_AWAITING_APPROVAL.canMoveTo(InspectionStatus.HANDED_OVER)).isFalse();
        assertThat(InspectionStatus.HANDED_OVER.isFinal()).isTrue();
    }
}

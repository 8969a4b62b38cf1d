package org.atoll.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegulationSetStatusTest {

    private static final Map<RegulationSetStatus, Set<RegulationSetStatus>> EXPECTED = Map.of(
            RegulationSetStatus.DRAFT, EnumSet.of(RegulationSetStatus.PUBLISHED),
            RegulationSetStatus.PUBLISHED, EnumSet.of(RegulationSetStatus.SUPERSEDED),
            RegulationSetStatus.SUPERSEDED, EnumSet.noneOf(RegulationSetStatus.class));

    @Test
    void allowsExactlyTheTransitionsOfTheLifecycleAndRefusesEveryOther() {
        for (RegulationSetStatus from : RegulationSetStatus.values()) {
            for (RegulationSetStatus to : RegulationSetStatus.values()) {
                boolean allowed = EXPECTED.get(from).contains(to);
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(allowed);
                if (allowed) {
                    assertThat(from.moveTo(to)).isEqualTo(to);
                } else {
                    assertThatThrownBy(() -> from.moveTo(to)).as(from + " -> " + to)
                            .isInstanceOf(IllegalStateException.class)
                            .hasMessageContaining(from + " to " + to);
                }
            }
        }
    }

    @Test
    void reachesEveryStatusFromDraft() {
        Set<RegulationSetStatus> reached = EnumSet.of(RegulationSetStatus.DRAFT);
        boolean grew = true;
        while (grew) {
            Set<RegulationSetStatus> next = EnumSet.copyOf(reached);
            reached.forEach(s -> next.addAll(s.allowedNext()));
            grew = next.size() > reached.size();
            reached = next;
        }
        assertThat(reached).containsExactlyInAnyOrder(RegulationSetStatus.values());
    }

    @Test
    void letsOnlyDraftsChangeAndOnlyPublishedOrSupersededSetsAnswer() {
        assertThat(RegulationSetStatus.DRAFT.isEditable()).isTrue();
        assertThat(RegulationSetStatus.PUBLISHED.isEditable()).isFalse();
        assertThat(RegulationSetStatus.SUPERSEDED.isEditable()).isFalse();
        assertThat(RegulationSetStatus.DRAFT.isBinding()).isFalse();
        assertThat(RegulationSetStatus.PUBLISHED.isBinding()).isTrue();
        assertThat(RegulationSetStatus.SUPERSEDED.isBinding()).isTrue();
    }
}

package org.atoll.alert.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AlertStatusTest {

    @Test
    void theTransitionGraphIsDraftToActiveToExpiredOrWithdrawnAndWithdrawnIsFinal() {
        assertThat(AlertStatus.DRAFT.next()).containsExactlyInAnyOrder(AlertStatus.ACTIVE, AlertStatus.WITHDRAWN);
        assertThat(AlertStatus.ACTIVE.next()).containsExactlyInAnyOrder(AlertStatus.EXPIRED, AlertStatus.WITHDRAWN);
        assertThat(AlertStatus.EXPIRED.next()).containsExactlyInAnyOrder(AlertStatus.ACTIVE, AlertStatus.WITHDRAWN);
        assertThat(AlertStatus.WITHDRAWN.next()).isEmpty();
    }

    @Test
    void everyStatusIsReachableFromADraftAndNoStatusMovesToItself() {
        Set<AlertStatus> reached = EnumSet.of(AlertStatus.DRAFT);
        boolean grew = true;
        while (grew) {
            Set<AlertStatus> next = EnumSet.copyOf(reached);
            reached.forEach(s -> next.addAll(s.next()));
            grew = next.size() > reached.size();
            reached = next;
        }
        assertThat(reached).containsExactlyInAnyOrder(AlertStatus.values());
        for (AlertStatus s : AlertStatus.values()) {
            assertThat(s.canMoveTo(s)).as(s.name()).isFalse();
        }
    }

    @Test
    void nothingReturnsToDraft() {
        for (AlertStatus s : AlertStatus.values()) {
            assertThat(s.canMoveTo(AlertStatus.DRAFT)).as(s.name()).isFalse();
        }
    }

    @Test
    void aSettledDispositionStaysSettledAndAnInconclusiveOneMayBeSettledLater() {
        assertThat(Disposition.PENDING.next()).containsExactlyInAnyOrder(Disposition.CONFIRMED, Disposition.FALSE_POSITIVE,
                Disposition.INCONCLUSIVE);
        assertThat(Disposition.INCONCLUSIVE.next()).containsExactlyInAnyOrder(Disposition.CONFIRMED, Disposition.FALSE_POSITIVE);
        assertThat(Disposition.CONFIRMED.next()).isEmpty();
        assertThat(Disposition.FALSE_POSITIVE.next()).isEmpty();
    }
}

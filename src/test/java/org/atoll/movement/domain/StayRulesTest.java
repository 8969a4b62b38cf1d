package org.atoll.movement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.atoll.movement.domain.DatedCrossing.entry;
import static org.atoll.movement.domain.DatedCrossing.exit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class StayRulesTest {

    static final LocalDate D = LocalDate.of(2025, 1, 10);

    @Test
    void leavingOnThePermittedDayIsNoOverstayAndTheDayAfterIsOne() {
        assertThat(Overstay.daysOver(Optional.of(D), D)).isZero();
        assertThat(Overstay.daysOver(Optional.of(D), D.minusDays(3))).isZero();
        assertThat(Overstay.daysOver(Optional.of(D), D.plusDays(1))).isEqualTo(1);
        assertThat(Overstay.daysOver(Optional.of(D), D.plusDays(40))).isEqualTo(40);
    }

    @Test
    void withoutAPermittedDateNoDayIsEverOver() {
        assertThat(Overstay.daysOver(Optional.empty(), D.plusYears(3))).isZero();
    }

    @Test
    void entriesAndExitsPairIntoStaysInDateOrder() {
        StayDerivation.Result result = StayDerivation.fromCrossings(List.of(
                exit(D.plusDays(5)), entry(D), entry(D.plusDays(20))));

        assertThat(result.stays()).containsExactly(StayPeriod.between(D, D.plusDays(5)), StayPeriod.open(D.plusDays(20)));
        assertThat(result.inferredExits()).isEmpty();
        assertThat(result.exitsWithoutEntry()).isEmpty();
    }

    @Test
    void aDayVisitEntersAndLeavesOnTheSameDay() {
        StayDerivation.Result result = StayDerivation.fromCrossings(List.of(entry(D), exit(D)));

        assertThat(result.stays()).containsExactly(StayPeriod.between(D, D));
    }

    @Test
    void anExitWithNoOpenStayIsReportedAndMakesNoStay() {
        StayDerivation.Result result = StayDerivation.fromCrossings(List.of(exit(D), entry(D.plusDays(3))));

        assertThat(result.exitsWithoutEntry()).containsExactly(exit(D));
        assertThat(result.stays()).containsExactly(StayPeriod.open(D.plusDays(3)));
    }

    @Test
    void aSecondEntryClosesTheUnexitedStayTheDayBefore() {
        StayDerivation.Result result = StayDerivation.fromCrossings(List.of(entry(D), entry(D.plusDays(9)), exit(D.plusDays(12))));

        assertThat(result.stays()).containsExactly(StayPeriod.between(D, D.plusDays(8)),
                StayPeriod.between(D.plusDays(9), D.plusDays(12)));
        assertThat(result.inferredExits()).containsExactly(StayPeriod.between(D, D.plusDays(8)));
    }

    @Test
    void twoEntriesOnOneDayInferAnExitOnThatDayNotBefore() {
        StayDerivation.Result result = StayDerivation.fromCrossings(List.of(entry(D), entry(D)));

        assertThat(result.stays()).containsExactly(StayPeriod.between(D, D), StayPeriod.open(D));
    }

    @Test
    void aStayCannotEndBeforeItBegins() {
        assertThatThrownBy(() -> StayPeriod.between(D, D.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void daysWithinCountBothEndsAndClipToTheRange() {
        StayPeriod stay = StayPeriod.between(D, D.plusDays(9));

        assertThat(stay.daysWithin(D, D.plusDays(9))).isEqualTo(10);
        assertThat(stay.daysWithin(D.plusDays(5), D.plusDays(30))).isEqualTo(5);
        assertThat(stay.daysWithin(D.plusDays(10), D.plusDays(30))).isZero();
        assertThat(StayPeriod.open(D).daysWithin(D.minusDays(5), D.plusDays(2))).isEqualTo(3);
    }
}

package org.atoll.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class AgeBandTest {

    static final LocalDate CROSSING = LocalDate.of(2026, 3, 10);

    static AgeBand bornOn(LocalDate dateOfBirth) {
        return AgeBand.onTheDay(Optional.of(dateOfBirth), CROSSING);
    }

    @Test
    void theAgeIsTakenOnTheDayOfTheCrossingSoABirthdayThatDayMovesTheTravellerUp() {
        assertThat(bornOn(LocalDate.of(2001, 3, 10))).isEqualTo(AgeBand.FROM_25);
        assertThat(bornOn(LocalDate.of(2001, 3, 11))).isEqualTo(AgeBand.FROM_15);
        assertThat(bornOn(LocalDate.of(2001, 3, 11)).label()).isEqualTo("15-24");
    }

    @Test
    void everyBandHasItsFirstAndLastYear() {
        assertThat(bornOn(CROSSING)).isEqualTo(AgeBand.UNDER_15);
        assertThat(bornOn(CROSSING.minusYears(14))).isEqualTo(AgeBand.UNDER_15);
        assertThat(bornOn(CROSSING.minusYears(15))).isEqualTo(AgeBand.FROM_15);
        assertThat(bornOn(CROSSING.minusYears(34))).isEqualTo(AgeBand.FROM_25);
        assertThat(bornOn(CROSSING.minusYears(35))).isEqualTo(AgeBand.FROM_35);
        assertThat(bornOn(CROSSING.minusYears(45))).isEqualTo(AgeBand.FROM_45);
        assertThat(bornOn(CROSSING.minusYears(55))).isEqualTo(AgeBand.FROM_55);
        assertThat(bornOn(CROSSING.minusYears(64))).isEqualTo(AgeBand.FROM_55);
        assertThat(bornOn(CROSSING.minusYears(65))).isEqualTo(AgeBand.FROM_65);
        assertThat(bornOn(CROSSING.minusYears(101)).label()).isEqualTo("65+");
    }

    @Test
    void noDateOfBirthOrOneAfterTheCrossingIsAnUnknownAge() {
        assertThat(AgeBand.onTheDay(Optional.empty(), CROSSING)).isEqualTo(AgeBand.UNKNOWN);
        assertThat(bornOn(CROSSING.plusDays(1))).isEqualTo(AgeBand.UNKNOWN);
    }
}

package org.atoll.document.mrz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateWindowsTest {

    @Test
    void putsABirthYearInThePastAcrossACenturyBoundary() {
        LocalDate today = LocalDate.of(2101, 3, 1);
        assertThat(DateWindows.birthYear(1, 2, 28, today)).isEqualTo(2101);
        assertThat(DateWindows.birthYear(1, 3, 2, today)).isEqualTo(2001);
        assertThat(DateWindows.birthYear(1, 0, 0, today)).isEqualTo(2101);
        assertThat(DateWindows.birthYear(99, 0, 0, today)).isEqualTo(2099);
    }

    @Test
    void putsAnExpiryYearInTheHundredYearsEndingTheGivenYearsAhead() {
        LocalDate today = LocalDate.of(2085, 1, 1);
        assertThat(DateWindows.expiryYear(15, today, 30)).isEqualTo(2115);
        assertThat(DateWindows.expiryYear(16, today, 30)).isEqualTo(2016);
        assertThat(DateWindows.expiryYear(84, today, 30)).isEqualTo(2084);
    }
}

package org.atoll.visa.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

    static final LocalDate TODAY = LocalDate.of(2031, 6, 15);
    final RetentionPolicy fiveYears = new RetentionPolicy(5);

    @Test
    void aCaseIsDroppedTheDayAfterItsPeriodEnds() {
        assertThat(fiveYears.cutoff(TODAY)).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(fiveYears.drops(Optional.of(LocalDate.of(2026, 6, 14)), TODAY)).isTrue();
        assertThat(fiveYears.drops(Optional.of(LocalDate.of(2026, 6, 15)), TODAY)).isFalse();
        assertThat(fiveYears.drops(Optional.empty(), TODAY)).isFalse();
    }

    @Test
    void aCaseEndsWithARefusalOrWithdrawalOrWhenItsVisaExpiresOrIsRevoked() {
        LocalDate on = LocalDate.of(2026, 1, 10);
        assertThat(RetentionPolicy.endOfCase(ApplicationStatus.REFUSED, on, null, null)).contains(on);
        assertThat(RetentionPolicy.endOfCase(ApplicationStatus.WITHDRAWN, on, null, null)).contains(on);
        assertThat(RetentionPolicy.endOfCase(ApplicationStatus.ISSUED, null, on, null)).contains(on);
        assertThat(RetentionPolicy.endOfCase(ApplicationStatus.ISSUED, null, on, on.minusDays(20))).contains(on.minusDays(20));
        for (ApplicationStatus open : new ApplicationStatus[] {ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW,
                ApplicationStatus.INTERVIEW_SCHEDULED, ApplicationStatus.REFUSAL_PROPOSED, ApplicationStatus.APPROVED}) {
            assertThat(RetentionPolicy.endOfCase(open, on, on, on)).as(open.name()).isEmpty();
        }
    }

    @Test
    void thePeriodIsAtLeastAYear() {
        assertThatThrownBy(() -> new RetentionPolicy(0)).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.atoll.movement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class RollingWindowTest {

    static final RollingWindow NINETY_IN_180 = new RollingWindow(180, 90);
    static final LocalDate D = LocalDate.of(2025, 6, 1);

    @Test
    void aFirstVisitMayLastTheWholeLimit() {
        RollingWindow.Usage usage = NINETY_IN_180.on(List.of(), D);

        assertThat(usage.daysUsed()).isEqualTo(1);
        assertThat(usage.daysRemaining()).isEqualTo(89);
        assertThat(usage.latestExit()).contains(D.plusDays(89));
    }

    @Test
    void earlierDaysInTheWindowShortenTheStay() {
        // 60 days from 1 January to 1 March, back on 1 June: 60 days used until they fall out of the window
        List<StayPeriod> earlier = List.of(StayPeriod.between(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 1)));

        RollingWindow.Usage usage = NINETY_IN_180.on(earlier, D);

        assertThat(usage.daysUsed()).isEqualTo(61);
        assertThat(usage.daysRemaining()).isEqualTo(29);
        assertThat(usage.latestExit()).isPresent();
        assertThat(usage.latestExit().get()).isAfter(D.plusDays(28));
    }

    @Test
    void staysOutsideTheWindowDoNotCount() {
        List<StayPeriod> longAgo = List.of(StayPeriod.between(D.minusDays(400), D.minusDays(320)));

        assertThat(NINETY_IN_180.on(longAgo, D).daysUsed()).isEqualTo(1);
    }

    @Test
    void aTravellerOverTheLimitHasNoPermissibleExitLeft() {
        List<StayPeriod> present = List.of(StayPeriod.open(D.minusDays(100)));

        RollingWindow.Usage usage = NINETY_IN_180.on(present, D);

        assertThat(usage.daysUsed()).isEqualTo(101);
        assertThat(usage.daysRemaining()).isZero();
        assertThat(usage.latestExit()).isEmpty();
    }

    @Test
    void aLimitAsLongAsTheWindowIsRefused() {
        assertThatThrownBy(() -> new RollingWindow(30, 30)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Property: against a day-by-day count, the latest exit keeps every window within the limit and the day after does not. */
    @Test
    void theLatestExitIsTheLastDayEveryWindowStaysWithinTheLimit() {
        Random random = new Random(20250601L);
        for (int run = 0; run < 300; run++) {
            int window = 20 + random.nextInt(200);
            RollingWindow rule = new RollingWindow(window, 1 + random.nextInt(window - 1));
            List<StayPeriod> earlier = new ArrayList<>();
            LocalDate day = D.minusDays(400);
            while (true) {
                day = day.plusDays(1 + random.nextInt(60));
                LocalDate end = day.plusDays(random.nextInt(40));
                if (!end.isBefore(D)) {
                    break;
                }
                earlier.add(StayPeriod.between(day, end));
                day = end;
            }
            RollingWindow.Usage usage = rule.on(earlier, D);
            assertThat(usage.daysUsed()).isEqualTo(bruteForceUsed(rule, earlier, D, D));
            if (usage.latestExit().isPresent()) {
                LocalDate last = usage.latestExit().get();
                for (LocalDate x = D; !x.isAfter(last); x = x.plusDays(1)) {
                    assertThat(bruteForceUsed(rule, earlier, D, x)).isLessThanOrEqualTo(rule.limitDays());
                }
                assertThat(bruteForceUsed(rule, earlier, D, last.plusDays(1))).isGreaterThan(rule.limitDays());
            } else {
                assertThat(usage.daysUsed()).isGreaterThan(rule.limitDays());
            }
        }
    }

    /** Days present in the window ending on {@code day}, staying continuously from {@code from} until {@code day}. */
    private static int bruteForceUsed(RollingWindow rule, List<StayPeriod> earlier, LocalDate from, LocalDate day) {
        int used = 0;
        for (LocalDate x = rule.windowStart(day); !x.isAfter(day); x = x.plusDays(1)) {
            LocalDate probe = x;
            boolean present = !x.isBefore(from) || earlier.stream().anyMatch(s -> s.coversDay(probe));
            if (present) {
                used++;
            }
        }
        return used;
    }
}

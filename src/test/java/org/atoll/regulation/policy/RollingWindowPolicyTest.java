package org.atoll.regulation.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.atoll.regulation.CheckStatus;
import org.atoll.regulation.Consequence;
import org.atoll.regulation.EarlierStay;
import org.atoll.regulation.ProvisionReference;
import org.atoll.regulation.RollingWindow;
import org.junit.jupiter.api.Test;

class RollingWindowPolicyTest {

    private static final RollingWindow NINETY_IN_180 = new RollingWindow(90, 180);
    private static final LocalDate ARRIVAL = LocalDate.of(2025, 6, 2);
    private static final ProvisionReference PROVISION = ProvisionReference.of("Executive Order 450, §EXEMPT-90");

    private final RollingWindowPolicy policy = new RollingWindowPolicy();

    private RollingWindowPolicy.Result check(EarlierStay... stays) {
        return policy.check(NINETY_IN_180, "R-SCHENGEN", PROVISION, ARRIVAL, 90, Optional.of(List.of(stays)));
    }

    @Test
    void countsTheDaysOfEntryAndExitBothAsDaysOfStay() {
        RollingWindowPolicy.Result result = check(EarlierStay.between(ARRIVAL.minusDays(10), ARRIVAL.minusDays(1)));

        assertThat(result.daysLeft()).contains(80);
        assertThat(result.check().reason()).startsWith("10 days of stay");
    }

    @Test
    void leavesOneDayWhen89DaysWereSpentJustBefore() {
        RollingWindowPolicy.Result result = check(EarlierStay.between(ARRIVAL.minusDays(89), ARRIVAL.minusDays(1)));

        assertThat(result.daysLeft()).contains(1);
        assertThat(result.check().status()).isEqualTo(CheckStatus.MET);
    }

    @Test
    void refusesWhenTheWindowIsFull() {
        RollingWindowPolicy.Result result = check(EarlierStay.between(ARRIVAL.minusDays(90), ARRIVAL.minusDays(1)));

        assertThat(result.daysLeft()).contains(0);
        assertThat(result.check().status()).isEqualTo(CheckStatus.NOT_MET);
        assertThat(result.check().ifNotMet()).isEqualTo(Consequence.REFUSE);
    }

    @Test
    void countsOnlyThePartOfAStayInsideTheWindow() {
        RollingWindowPolicy.Result result = check(EarlierStay.between(ARRIVAL.minusDays(200), ARRIVAL.minusDays(170)));

        // days 179..170 before arrival are inside the 180-day window ending on arrival day: 10 days
        assertThat(result.check().reason()).startsWith("10 days of stay");
        assertThat(result.daysLeft()).contains(90);
    }

    @Test
    void leavesTheCheckToTheOfficerWhenEarlierStaysAreUnknown() {
        RollingWindowPolicy.Result result = policy.check(NINETY_IN_180, "R-SCHENGEN", PROVISION, ARRIVAL, 90, Optional.empty());

        assertThat(result.check().status()).isEqualTo(CheckStatus.TO_VERIFY);
        assertThat(result.daysLeft()).isEmpty();
    }

    /**
     * Seeded random histories against a brute-force reading of the rule: the stay from arrival
     * to the last permitted day never puts more than 90 days in any 180-day window, and one day
     * more would.
     */
    @Test
    void agreesWithABruteForceCountOnRandomHistories() {
        Random random = new Random(20250602L);
        for (int run = 0; run < 500; run++) {
            List<EarlierStay> stays = new ArrayList<>();
            LocalDate cursor = ARRIVAL.minusDays(200 + random.nextInt(60));
            while (true) {
                LocalDate entered = cursor.plusDays(random.nextInt(40));
                LocalDate departed = entered.plusDays(random.nextInt(45));
                if (!departed.isBefore(ARRIVAL)) {
                    break;
                }
                stays.add(EarlierStay.between(entered, departed));
                cursor = departed.plusDays(1);
            }
            int daysLeft = policy.check(NINETY_IN_180, "R", PROVISION, ARRIVAL, 90, Optional.of(stays)).daysLeft().orElseThrow();

            assertThat(fits(stays, daysLeft)).as("run %d: %d days fit", run, daysLeft).isTrue();
            if (daysLeft < 90) {
                assertThat(fits(stays, daysLeft + 1)).as("run %d: %d days do not fit", run, daysLeft + 1).isFalse();
            }
        }
    }

    private static boolean fits(List<EarlierStay> stays, int newDays) {
        if (newDays == 0) {
            return true;
        }
        LocalDate last = ARRIVAL.plusDays(newDays - 1L);
        for (LocalDate end = ARRIVAL; !end.isAfter(last); end = end.plusDays(1)) {
            LocalDate start = end.minusDays(179);
            int count = 0;
            for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
                LocalDate day = d;
                boolean earlier = stays.stream().anyMatch(s -> !day.isBefore(s.entered()) && !day.isAfter(s.departed().get()));
                boolean now = !day.isBefore(ARRIVAL) && !day.isAfter(last);
                if (earlier || now) {
                    count++;
                }
            }
            if (count > 90) {
                return false;
            }
        }
        return true;
    }
}

package org.atoll.regulation.policy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.atoll.regulation.CheckKind;
import org.atoll.regulation.CheckStatus;
import org.atoll.regulation.Consequence;
import org.atoll.regulation.EarlierStay;
import org.atoll.regulation.ProvisionReference;
import org.atoll.regulation.RequirementCheck;
import org.atoll.regulation.RollingWindow;
import org.atoll.regulation.Verification;

/**
 * At most N days of stay in any M days (Schengen's 90 in 180): counts the earlier stays in the
 * window before arrival and finds the last day the new stay may reach without any M-day window,
 * ending on any day of the new stay, holding more than N days. Entry and exit days both count.
 */
public final class RollingWindowPolicy {

    /** The check, and how many days of stay the window leaves (when the earlier stays are known). */
    public record Result(RequirementCheck check, Optional<Integer> daysLeft) {
    }

    public static LocalDate windowStart(RollingWindow window, LocalDate arrival) {
        return arrival.minusDays(window.windowDays() - 1L);
    }

    public Result check(RollingWindow window, String rule, ProvisionReference provision, LocalDate arrival, int stayDays,
            Optional<List<EarlierStay>> earlierStays) {
        if (earlierStays.isEmpty()) {
            return new Result(check(rule, CheckStatus.TO_VERIFY, "Earlier stays not known: check that the traveller has not spent more than "
                    + window.describe() + " here", Verification.OFFICER_CHECK, Consequence.REFER, provision), Optional.empty());
        }
        LocalDate start = windowStart(window, arrival);
        int before = window.windowDays() - 1;
        boolean[] stayedOn = new boolean[before];
        Optional<EarlierStay> open = Optional.empty();
        for (EarlierStay stay : earlierStays.get()) {
            if (stay.departed().isEmpty()) {
                open = Optional.of(stay);
                continue;
            }
            LocalDate from = stay.entered().isBefore(start) ? start : stay.entered();
            LocalDate to = stay.departed().get().isBefore(arrival) ? stay.departed().get() : arrival.minusDays(1);
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                stayedOn[(int) ChronoUnit.DAYS.between(start, d)] = true;
            }
        }
        // earlierFrom[k]: earlier days of stay in the window that ends on the k-th day of the new stay
        int[] earlierFrom = new int[before + 1];
        for (int i = before - 1; i >= 0; i--) {
            earlierFrom[i] = earlierFrom[i + 1] + (stayedOn[i] ? 1 : 0);
        }
        int used = earlierFrom[0];
        int daysLeft = 0;
        for (int k = 0; k < stayDays; k++) {
            int earlier = k < before ? earlierFrom[k] : 0;
            if (earlier + k + 1 > window.maxDays()) {
                break;
            }
            daysLeft = k + 1;
        }
        String counted = used + " days of stay in the " + before + " days before arrival (since " + start + ")";
        if (open.isPresent()) {
            return new Result(check(rule, CheckStatus.NOT_MET, "An earlier stay from " + open.get().entered()
                    + " has no recorded exit; " + counted + " otherwise: the officer establishes the stays under "
                    + window.describe(), Verification.OFFICER_CHECK, Consequence.REFER, provision), Optional.of(daysLeft));
        }
        if (daysLeft == 0) {
            return new Result(check(rule, CheckStatus.NOT_MET, counted + ": no day left under " + window.describe(),
                    Verification.DOCUMENT_DATA, Consequence.REFUSE, provision), Optional.of(0));
        }
        return new Result(check(rule, CheckStatus.MET, counted + ": " + daysLeft + " days left under " + window.describe(),
                Verification.DOCUMENT_DATA, Consequence.REFUSE, provision), Optional.of(daysLeft));
    }

    private static RequirementCheck check(String rule, CheckStatus status, String reason, Verification verification,
            Consequence consequence, ProvisionReference provision) {
        return new RequirementCheck(CheckKind.ROLLING_WINDOW, rule, status, reason, verification, consequence, provision);
    }
}

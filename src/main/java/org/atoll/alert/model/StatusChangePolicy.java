package org.atoll.alert.model;

import java.time.LocalDate;

/**
 * Whether an alert may move to a status now: the transition graph of {@link AlertStatus}, and an
 * alert is only activated while it is valid and its review is not overdue (renew the review first).
 */
public final class StatusChangePolicy {

    public record Outcome(boolean allowed, String reason) {

        static Outcome allow() {
            return new Outcome(true, null);
        }

        static Outcome refuse(String reason) {
            return new Outcome(false, reason);
        }
    }

    private StatusChangePolicy() {
    }

    public static Outcome check(Alert alert, AlertStatus target, LocalDate today) {
        if (alert.status() == target) {
            return Outcome.refuse("The alert is " + target + " already.");
        }
        if (!alert.status().canMoveTo(target)) {
            return Outcome.refuse("A " + alert.status() + " alert cannot become " + target + "; it may become "
                    + (alert.status().next().isEmpty() ? "nothing else" : alert.status().next()) + ".");
        }
        if (target == AlertStatus.ACTIVE) {
            AlertContent c = alert.content();
            if (c.validUntil() != null && c.validUntil().isBefore(today)) {
                return Outcome.refuse("The alert's validity ended on " + c.validUntil() + "; extend it before activating.");
            }
            if (c.reviewDate().isBefore(today)) {
                return Outcome.refuse("The alert's review was due on " + c.reviewDate() + "; set a new review date before activating.");
            }
        }
        return Outcome.allow();
    }
}

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

    /**
     * Whether an import of a published list brings back a withdrawn alert whose person the list
     * names again: only when the alert was withdrawn because an earlier import found the person
     * delisted. An alert an officer withdrew stays withdrawn (the import reports it); and the alert
     * comes back active only with content that may be active today.
     */
    public static Outcome checkRelisting(Alert alert, boolean withdrawnAsDelisted, AlertContent listed, LocalDate today) {
        if (alert.status() != AlertStatus.WITHDRAWN) {
            return Outcome.refuse("The alert is " + alert.status() + ", not withdrawn.");
        }
        if (!withdrawnAsDelisted) {
            return Outcome.refuse("The alert was withdrawn by an officer, not because the list no longer named the person.");
        }
        if (listed.validUntil() != null && listed.validUntil().isBefore(today)) {
            return Outcome.refuse("The alert's validity ended on " + listed.validUntil() + ".");
        }
        if (listed.reviewDate().isBefore(today)) {
            return Outcome.refuse("The alert's review was due on " + listed.reviewDate() + ".");
        }
        return Outcome.allow();
    }
}

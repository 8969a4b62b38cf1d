package org.atoll.incident.domain;

/** Whether an incident may move to a status, and why not. Reopening needs a reason on the record. */
public final class StatusChangePolicy {

    public record Outcome(boolean allowed, String reason) {
        static Outcome allow() {
            return new Outcome(true, "allowed");
        }

        static Outcome refuse(String reason) {
            return new Outcome(false, reason);
        }
    }

    public Outcome check(IncidentStatus from, IncidentStatus to, String reason) {
        if (from == to) {
            return Outcome.refuse("The incident is already " + from);
        }
        if (!from.canMoveTo(to)) {
            return Outcome.refuse("An incident cannot move from " + from + " to " + to + "; allowed: " + from.next());
        }
        if (to == IncidentStatus.REOPENED && (reason == null || reason.isBlank())) {
            return Outcome.refuse("Reopening a closed incident needs a reason");
        }
        return Outcome.allow();
    }
}

package org.atoll.audit;

import java.util.Objects;

/**
 * What happened: an action on an object with its outcome, and, where the officer gave one, the purpose.
 * Actions are upper-case verbs in the domain's words, e.g. {@code ALERT_READ}, {@code OFFICER_CREATED}.
 */
public record AuditEvent(String action, String objectType, String objectId, AuditOutcome outcome,
                         String purpose, String details) {

    public AuditEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        if (!action.matches("[A-Z][A-Z0-9_]{1,59}")) {
            throw new IllegalArgumentException("An audit action is an upper-case word such as ALERT_READ, not " + action);
        }
        details = details == null || details.length() <= 4000 ? details : details.substring(0, 4000);
        purpose = purpose == null || purpose.length() <= 500 ? purpose : purpose.substring(0, 500);
    }

    public static AuditEvent succeeded(String action, String objectType, String objectId) {
        return new AuditEvent(action, objectType, objectId, AuditOutcome.SUCCESS, null, null);
    }

    public static AuditEvent denied(String action, String objectType, String objectId) {
        return new AuditEvent(action, objectType, objectId, AuditOutcome.DENIED, null, null);
    }

    public static AuditEvent failed(String action, String objectType, String objectId) {
        return new AuditEvent(action, objectType, objectId, AuditOutcome.FAILURE, null, null);
    }

    public AuditEvent withDetails(String text) {
        return new AuditEvent(action, objectType, objectId, outcome, purpose, text);
    }

    public AuditEvent withPurpose(String text) {
        return new AuditEvent(action, objectType, objectId, outcome, text, details);
    }
}

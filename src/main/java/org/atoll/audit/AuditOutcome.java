package org.atoll.audit;

public enum AuditOutcome {
    SUCCESS, FAILURE, DENIED
}

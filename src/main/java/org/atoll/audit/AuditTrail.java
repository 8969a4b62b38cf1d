package org.atoll.audit;

/** Where every module records what happened. Writes are chained and cannot be changed afterwards. */
public interface AuditTrail {

    /** Records an event for the officer or client acting in the current request. */
    AuditRecord record(AuditEvent event);

    /** Records an event for an actor named explicitly (sign-in attempts, background jobs). */
    AuditRecord record(AuditActor actor, AuditEvent event);

    /**
     * Records several events of the current request at once, chained one after another under a
     * single lock of the chain head (a screening with many hits writes one short transaction, not
     * one per hit). Nothing is recorded if any of them cannot be.
     */
    java.util.List<AuditRecord> recordAll(java.util.List<AuditEvent> events);
}

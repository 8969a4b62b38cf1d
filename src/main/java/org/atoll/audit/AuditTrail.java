package org.atoll.audit;

/** Where every module records what happened. Writes are chained and cannot be changed afterwards. */
public interface AuditTrail {

    /** Records an event for the officer or client acting in the current request. */
    AuditRecord record(AuditEvent event);

    /** Records an event for an actor named explicitly (sign-in attempts, background jobs). */
    AuditRecord record(AuditActor actor, AuditEvent event);
}

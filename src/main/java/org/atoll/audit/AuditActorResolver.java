package org.atoll.audit;

/**
 * Port: tells the audit trail who is acting in the current thread. The access module implements
 * it; the audit module must not know how officers are authenticated.
 */
public interface AuditActorResolver {

    AuditActor currentActor();
}

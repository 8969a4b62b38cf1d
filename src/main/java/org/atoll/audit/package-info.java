/**
 * The audit trail: an append-only, hash-chained record of who did what to which object, when,
 * from where and for what purpose. Every module writes into it through {@link org.atoll.audit.AuditTrail};
 * nothing ever updates or deletes a record, and the chain is verifiable end to end.
 * It depends on no other module: who is acting comes through the {@link org.atoll.audit.AuditActorResolver} port.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.atoll.audit;

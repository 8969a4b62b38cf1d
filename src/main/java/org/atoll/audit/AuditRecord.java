package org.atoll.audit;

import java.time.Instant;

/** One link in the audit chain as stored. */
public record AuditRecord(long seq, Instant occurredAt, String actor, String agency, String action,
                          String objectType, String objectId, AuditOutcome outcome, String purpose,
                          String clientAddress, String details, String previousHash, String hash) {
}

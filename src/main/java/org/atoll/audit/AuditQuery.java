package org.atoll.audit;

import java.time.LocalDate;
import java.util.List;

/** Search of the audit trail by officer, object and dates (inclusive), newest first. */
public interface AuditQuery {

    List<AuditRecord> search(AuditSearch search);

    AuditChainVerification verifyChain();

    record AuditSearch(String actor, String objectType, String objectId, String action,
                       LocalDate from, LocalDate to, int limit) {
        public AuditSearch {
            limit = limit <= 0 || limit > 1000 ? 200 : limit;
        }
    }
}

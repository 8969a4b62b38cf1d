package org.atoll.audit;

/**
 * The result of recomputing the chain: intact, or the first record whose content or link does not
 * match, with what was expected.
 */
public record AuditChainVerification(boolean intact, long recordsChecked, Long firstBrokenSeq, String problem) {

    public static AuditChainVerification intact(long checked) {
        return new AuditChainVerification(true, checked, null, null);
    }

    public static AuditChainVerification brokenAt(long checked, long seq, String problem) {
        return new AuditChainVerification(false, checked, seq, problem);
    }
}

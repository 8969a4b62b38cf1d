package org.atoll.access;

/** What a machine client's token allows. Officers' tokens carry the officer's roles instead. */
public enum ApiScope {
    /** Submit passenger and crew manifests for the client's own carrier. */
    MANIFEST_SUBMIT,
    /** Read back the client's own carrier's manifests and flights. */
    MANIFEST_READ,
    /** Interactive API: per-passenger board / do-not-board requests at check-in. */
    INTERACTIVE_API,
    /** A partner system screening names against the alert list. */
    SCREENING,
    /** Aggregated statistics, no personal data. */
    STATISTICS_READ,
    /** Prometheus metrics scraping. */
    METRICS_READ;

    public String authority() {
        return "SCOPE_" + name();
    }
}

package org.atoll.regulation;

/** What a check in a decision is about. */
public enum CheckKind {
    NATIONALITY_REGIME,
    VISA,
    STAY_LIMIT,
    ROLLING_WINDOW,
    PASSPORT_VALIDITY,
    ONWARD_TICKET,
    FUNDS,
    ENTRY_FORM,
    DECLARATION,
    HEALTH_CERTIFICATE,
    WORK_PERMIT,
    FEE_PAID,
    SUPPORTING_DOCUMENT,
    PERMIT_STATUS,
    /** A requirement waived by a status the traveller declared (e.g. spouse of a citizen), to be confirmed. */
    DECLARED_EXEMPTION
}

package org.atoll.alert.model;

/** What kind of alert it is (after the Schengen Information System's alert categories and Australia's MAL). */
public enum AlertCategory {
    REFUSE_ENTRY,
    ARREST,
    MISSING_PERSON,
    VULNERABLE_PERSON,
    DISCREET_CHECK,
    DOCUMENT_SEIZURE,
    SANCTIONS,
    CUSTOMS_INTEREST,
    BIOSECURITY_INTEREST,
    LABOUR_VIOLATION
}

package org.atoll.alert.model;

/** What the officer who meets the person or document must do. The only part every officer is always shown. */
public enum ActionOnHit {
    REFUSE_ENTRY,
    ARREST,
    REFER_TO_SECONDARY,
    DISCREET_CHECK,
    NOTIFY_OWNING_AGENCY,
    SEIZE_DOCUMENT,
    PROTECT_PERSON
}

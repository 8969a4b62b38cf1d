package org.atoll.alert.model;

/** What an active alert past its review date does at screening: nothing (the default) or hits flagged as overdue. */
public enum OverdueReviewMode {
    SUPPRESS, FLAG
}

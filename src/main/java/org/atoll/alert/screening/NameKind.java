package org.atoll.alert.screening;

/** Whether a name is the one an alert is filed under or one of its aliases. */
public enum NameKind {
    PRIMARY, ALIAS
}

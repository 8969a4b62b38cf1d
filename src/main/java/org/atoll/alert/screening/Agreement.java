package org.atoll.alert.screening;

/** Whether a traveller's detail agrees with the alert's. */
public enum Agreement {
    AGREES, CONFLICTS, NOT_COMPARED
}

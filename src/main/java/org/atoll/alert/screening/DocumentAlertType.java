package org.atoll.alert.screening;

/** Why a travel document is on the list (as in Interpol's SLTD database). */
public enum DocumentAlertType {
    LOST, STOLEN, INVALIDATED, FRAUDULENT
}

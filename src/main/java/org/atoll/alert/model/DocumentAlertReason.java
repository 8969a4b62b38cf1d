package org.atoll.alert.model;

import org.atoll.alert.screening.DocumentAlertType;

/** Why a travel document is on the list (as in Interpol's SLTD database). */
public enum DocumentAlertReason {
    LOST, STOLEN, INVALIDATED, FRAUDULENT;

    public DocumentAlertType screeningType() {
        return DocumentAlertType.valueOf(name());
    }
}

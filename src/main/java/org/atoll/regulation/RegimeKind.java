package org.atoll.regulation;

/** What a nationality regime grants. */
public enum RegimeKind {
    /** Citizens: entry as of right, no permit and no stay limit. */
    RIGHT_OF_ENTRY,
    /** Admitted without a visa for a stated stay. */
    VISA_EXEMPT,
    /** Admitted on a visa the officer grants at the port. */
    VISA_ON_ARRIVAL,
    /** A visa or permit must be obtained before travel. */
    VISA_REQUIRED;

    /** The issuance a regime of this kind must point to. */
    public boolean acceptsIssuance(Issuance issuance) {
        switch (this) {
            case VISA_EXEMPT:
                return issuance == Issuance.VISA_FREE;
            case VISA_ON_ARRIVAL:
                return issuance == Issuance.ON_ARRIVAL;
            case VISA_REQUIRED:
                return issuance == Issuance.IN_ADVANCE;
            default:
                return false;
        }
    }
}

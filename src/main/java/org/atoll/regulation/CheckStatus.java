package org.atoll.regulation;

/** Where a requirement stands for this traveller. */
public enum CheckStatus {
    MET,
    NOT_MET,
    /** The engine cannot tell; the officer verifies it at the booth. */
    TO_VERIFY
}

package org.atoll.document;

/** The expiry verdict of a reading, relative to the date it was read on. */
public enum ExpiryStatus {
    /** Valid beyond the warning period. */
    VALID,
    /** Valid today, but expires within the warning period. */
    EXPIRES_SOON,
    /** The expiry date is before the reading date. */
    EXPIRED,
    /** The expiry date could not be read. */
    UNKNOWN
}

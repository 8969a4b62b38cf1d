package org.atoll.regulation;

/** How a traveller obtains a visa or permit type. */
public enum Issuance {
    /** Applied for and issued before travel. */
    IN_ADVANCE,
    /** Granted by the officer at the port of arrival. */
    ON_ARRIVAL,
    /** No visa: the stay is granted at entry to nationals exempt from visas. */
    VISA_FREE;

    /** Whether the officer at the port grants it without an earlier application. */
    public boolean grantedAtThePort() {
        return this != IN_ADVANCE;
    }
}

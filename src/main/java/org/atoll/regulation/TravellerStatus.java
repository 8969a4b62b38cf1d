package org.atoll.regulation;

/**
 * A status the traveller declares that the rules may exempt from a requirement (e.g. the spouse
 * of a citizen pays no environmental fee). A declared status is never taken as given: the
 * decision lists it for the officer to confirm.
 */
public enum TravellerStatus {
    /** Married to a citizen of the state (the officer sees the marriage certificate). */
    SPOUSE_OF_CITIZEN
}

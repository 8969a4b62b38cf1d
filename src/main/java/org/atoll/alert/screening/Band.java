package org.atoll.alert.screening;

/** How strongly a candidate resembles the traveller; candidates below POSSIBLE are not returned. */
public enum Band {
    STRONG, POSSIBLE
}

package org.atoll.manifest.screening;

/**
 * Where a manifested person stands before arrival: not yet screened, nothing found, to refer to
 * the booth's secondary line (an alert hit, or the entry rules refuse), expected to need a visa
 * they do not hold, or not screened because screening failed (the booth screens them again).
 */
public enum ScreeningStatus {
    PENDING, CLEAR, REFER, VISA_NEEDED, ERROR;

    /** How much the status asks of the booth, for sorting and for the worse of two. */
    int weight() {
        return switch (this) {
            case PENDING, CLEAR -> 0;
            case VISA_NEEDED -> 1;
            case ERROR -> 2;
            case REFER -> 3;
        };
    }
}

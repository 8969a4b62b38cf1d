package org.atoll.regulation;

/** What failing a requirement means for the outcome. */
public enum Consequence {
    /** Entry is refused: the traveller is not eligible. */
    REFUSE(Outcome.NOT_ELIGIBLE),
    /** A visa or permit must be obtained first. */
    REQUIRE_PERMIT(Outcome.VISA_REQUIRED),
    /** An officer decides (secondary inspection). */
    REFER(Outcome.OFFICER_CHECK);

    private final Outcome outcome;

    Consequence(Outcome outcome) {
        this.outcome = outcome;
    }

    public Outcome outcome() {
        return outcome;
    }
}

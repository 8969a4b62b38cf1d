package org.atoll.regulation;

/** The eligibility engine's answer, from most to least favourable. */
public enum Outcome {
    ELIGIBLE,
    OFFICER_CHECK,
    VISA_REQUIRED,
    NOT_ELIGIBLE;

    /** The less favourable of two outcomes. */
    public Outcome worst(Outcome other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}

package org.atoll.alert.screening;

/** How the traveller's date of birth compares with the alert's dates of birth. */
public enum DateOfBirthAgreement {
    EXACT("same date"),
    CONSISTENT("agrees as far as known"),
    WITHIN_RANGE("within the alert's range"),
    DAY_MONTH_SWAPPED("day and month swapped"),
    ONE_DIGIT_DIFFERS("one digit differs"),
    SAME_YEAR("same year, other day"),
    NEAR("within two years"),
    CONFLICT("conflicts"),
    NOT_COMPARED("not compared");

    private final String words;

    DateOfBirthAgreement(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}

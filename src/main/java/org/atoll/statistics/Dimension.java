package org.atoll.statistics;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What crossing counts can be grouped by; {@link #parameter()} is its name in the API, the CSV header and the form. */
public enum Dimension {
    DAY("day"),
    MONTH("month"),
    YEAR("year"),
    DIRECTION("direction"),
    PORT("port"),
    NATIONALITY("nationality"),
    SEX("sex"),
    AGE_BAND("ageBand"),
    MODE("mode"),
    ROLE("role"),
    PERMIT_TYPE("permitType");

    private final String parameter;

    Dimension(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    /** The dimension a parameter names, in any case ({@code ageBand}, {@code AGEBAND}). */
    public static Optional<Dimension> ofParameter(String value) {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(d -> d.parameter.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}

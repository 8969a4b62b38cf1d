package org.atoll.incident.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** The code of an incident type; the types themselves are data an administrator can extend. */
public record IncidentTypeCode(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9_]{1,59}");

    public IncidentTypeCode {
        Objects.requireNonNull(value, "incident type");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("An incident type code is an upper-case word such as SMUGGLING, not '" + value + "'");
        }
    }

    public static IncidentTypeCode of(String raw) {
        return new IncidentTypeCode(raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}

package org.atoll.access;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** An agency's code, e.g. {@code IMMIGRATION}, {@code CUSTOMS}. */
public record AgencyCode(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    public AgencyCode {
        Objects.requireNonNull(value, "agency code");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("An agency code is 2 to 40 upper-case letters, digits or _, starting with a letter");
        }
    }

    public static AgencyCode of(String raw) {
        return new AgencyCode(raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}

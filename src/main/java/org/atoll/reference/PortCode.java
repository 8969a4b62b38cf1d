package org.atoll.reference;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** A UN/LOCODE: two-letter country code and three characters for the place, e.g. {@code PWROR}. */
public record PortCode(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{2}[A-Z2-9]{3}");

    public PortCode {
        Objects.requireNonNull(value, "port code");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("A port code is a UN/LOCODE of five characters such as PWROR, not '" + value + "'");
        }
    }

    public static PortCode of(String raw) {
        Objects.requireNonNull(raw, "port code");
        return new PortCode(raw.replace(" ", "").trim().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}

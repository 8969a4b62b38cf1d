package org.atoll.regulation;

import java.util.Objects;
import java.util.regex.Pattern;

final class Codes {

    private static final Pattern SHAPE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,31}");

    private Codes() {
    }

    static String code(String value, String what) {
        Objects.requireNonNull(value, what);
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("A " + what + " is 1 to 32 characters A-Z, 0-9, '-' or '_', not '" + value + "'");
        }
        return value;
    }
}

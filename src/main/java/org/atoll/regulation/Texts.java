package org.atoll.regulation;

import java.util.Objects;

final class Texts {

    private Texts() {
    }

    static String required(String value, String what) {
        Objects.requireNonNull(value, what);
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("The " + what + " must not be blank");
        }
        return stripped;
    }
}

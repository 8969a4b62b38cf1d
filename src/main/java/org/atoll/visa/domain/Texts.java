package org.atoll.visa.domain;

/** Text checks shared by the visa model. */
final class Texts {

    private Texts() {
    }

    static String required(String value, String what, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The " + what + " is required");
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new IllegalArgumentException("The " + what + " has at most " + max + " characters");
        }
        return stripped;
    }

    static String optional(String value, String what, int max) {
        return value == null || value.isBlank() ? null : required(value, what, max);
    }
}

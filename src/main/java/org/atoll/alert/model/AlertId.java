package org.atoll.alert.model;

import java.util.Objects;
import java.util.UUID;

public record AlertId(UUID value) {

    public AlertId {
        Objects.requireNonNull(value, "alert id");
    }

    public static AlertId random() {
        return new AlertId(UUID.randomUUID());
    }

    /** Reads an id from a path or a form; an unreadable id is an alert that does not exist. */
    public static java.util.Optional<AlertId> parse(String text) {
        try {
            return java.util.Optional.of(new AlertId(UUID.fromString(text.trim())));
        } catch (IllegalArgumentException | NullPointerException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package org.atoll.visa;

import java.util.Objects;
import java.util.UUID;

/** Identity of a visa application. */
public record VisaApplicationId(UUID value) {

    public VisaApplicationId {
        Objects.requireNonNull(value, "visa application id");
    }

    public static VisaApplicationId random() {
        return new VisaApplicationId(UUID.randomUUID());
    }

    /** @throws IllegalArgumentException when the text is not an id */
    public static VisaApplicationId of(String value) {
        return new VisaApplicationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package org.atoll.alert.model;

import java.util.Objects;
import java.util.UUID;

public record HitId(UUID value) {

    public HitId {
        Objects.requireNonNull(value, "hit id");
    }

    public static HitId random() {
        return new HitId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

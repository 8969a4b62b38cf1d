package org.atoll.regulation;

import java.util.Objects;
import java.util.UUID;

/** Identity of one version of a regulation set. */
public record RegulationSetId(UUID value) {

    public RegulationSetId {
        Objects.requireNonNull(value, "regulation set id");
    }

    public static RegulationSetId random() {
        return new RegulationSetId(UUID.randomUUID());
    }

    public static RegulationSetId of(String value) {
        return new RegulationSetId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package org.atoll.incident;

import java.util.Objects;
import java.util.UUID;

public record IntelligenceReportId(UUID value) {

    public IntelligenceReportId {
        Objects.requireNonNull(value, "intelligence report id");
    }

    public static IntelligenceReportId random() {
        return new IntelligenceReportId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

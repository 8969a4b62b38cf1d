package org.atoll.visa.domain;

import java.time.Instant;
import java.util.Objects;

/** One transition of an application, with the officer who made it and when. {@code from} is null for the submission. */
public record StatusChange(ApplicationStatus from, ApplicationStatus to, String officer, Instant at, String note) {

    public StatusChange {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(officer, "officer");
        Objects.requireNonNull(at, "at");
    }
}

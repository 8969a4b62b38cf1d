package org.atoll.movement.domain;

import java.time.LocalDate;
import java.util.Objects;

import org.atoll.movement.Direction;

/** A crossing reduced to what stays are made of: which way, on which day. */
public record DatedCrossing(Direction direction, LocalDate on) {

    public DatedCrossing {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(on, "date");
    }

    public static DatedCrossing entry(LocalDate on) {
        return new DatedCrossing(Direction.ENTRY, on);
    }

    public static DatedCrossing exit(LocalDate on) {
        return new DatedCrossing(Direction.EXIT, on);
    }
}

package org.atoll.movement.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Stays from entry and exit pairs, in date order. An exit closes the open stay. An entry while a
 * stay is still open means its exit was never recorded: the earlier stay is closed on the day
 * before the new entry (or on its own entry day), and reported as inferred. An exit with no open
 * stay makes no stay and is reported as an exit without entry.
 */
public final class StayDerivation {

    public record Result(List<StayPeriod> stays, List<StayPeriod> inferredExits, List<DatedCrossing> exitsWithoutEntry) {
    }

    private StayDerivation() {
    }

    public static Result fromCrossings(List<DatedCrossing> crossings) {
        List<DatedCrossing> ordered = new ArrayList<>(crossings);
        // stable: crossings on the same day keep the order they were given in (the order of their times)
        ordered.sort(Comparator.comparing(DatedCrossing::on));
        List<StayPeriod> stays = new ArrayList<>();
        List<StayPeriod> inferred = new ArrayList<>();
        List<DatedCrossing> withoutEntry = new ArrayList<>();
        StayPeriod open = null;
        for (DatedCrossing c : ordered) {
            switch (c.direction()) {
                case ENTRY -> {
                    if (open != null) {
                        StayPeriod closed = StayPeriod.between(open.entered(), inferredExit(open, c));
                        stays.add(closed);
                        inferred.add(closed);
                    }
                    open = StayPeriod.open(c.on());
                }
                case EXIT -> {
                    if (open == null) {
                        withoutEntry.add(c);
                    } else {
                        stays.add(StayPeriod.between(open.entered(), c.on()));
                        open = null;
                    }
                }
            }
        }
        if (open != null) {
            stays.add(open);
        }
        return new Result(List.copyOf(stays), List.copyOf(inferred), List.copyOf(withoutEntry));
    }

    /** The day an unrecorded exit is assumed: the day before the next entry, never before the stay began. */
    public static java.time.LocalDate inferredExit(StayPeriod open, DatedCrossing nextEntry) {
        java.time.LocalDate dayBefore = nextEntry.on().minusDays(1);
        return dayBefore.isBefore(open.entered()) ? open.entered() : dayBefore;
    }
}

package org.atoll.regulation;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The dates within a set's period on which a rule holds, both ends inclusive and optional
 * (a temporary suspension, a rule ending on a known date). Most rules hold always.
 */
public record Validity(Optional<LocalDate> from, Optional<LocalDate> until) {

    public static final Validity ALWAYS = new Validity(Optional.empty(), Optional.empty());

    public Validity {
        from = from == null ? Optional.empty() : from;
        until = until == null ? Optional.empty() : until;
        if (from.isPresent() && until.isPresent() && until.get().isBefore(from.get())) {
            throw new IllegalArgumentException("A validity cannot end (" + until.get() + ") before it starts (" + from.get() + ")");
        }
    }

    public static Validity between(LocalDate from, LocalDate until) {
        return new Validity(Optional.ofNullable(from), Optional.ofNullable(until));
    }

    public boolean contains(LocalDate date) {
        return from.map(f -> !date.isBefore(f)).orElse(true) && until.map(u -> !date.isAfter(u)).orElse(true);
    }

    public boolean overlaps(Validity other) {
        boolean thisStartsAfterOtherEnds = from.isPresent() && other.until.isPresent() && from.get().isAfter(other.until.get());
        boolean otherStartsAfterThisEnds = other.from.isPresent() && until.isPresent() && other.from.get().isAfter(until.get());
        return !thisStartsAfterOtherEnds && !otherStartsAfterThisEnds;
    }

    public boolean isAlways() {
        return from.isEmpty() && until.isEmpty();
    }

    public String describe() {
        if (isAlways()) {
            return "always";
        }
        return from.map(f -> "from " + f).orElse("") + (from.isPresent() && until.isPresent() ? " " : "")
                + until.map(u -> "until " + u).orElse("");
    }
}

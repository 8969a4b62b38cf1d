package org.atoll.manifest.screening;

import java.util.Optional;
import org.atoll.regulation.Outcome;

/**
 * What the visa and entry rules said about a manifested person for the arrival date: the
 * engine's outcome and summary and whether the visa register holds a usable visa for the
 * passport; or why the rules could not be asked (no nationality, no document expiry...).
 */
public record EntryCheck(Optional<Outcome> outcome, String summary, boolean visaHeld) {

    public EntryCheck {
        outcome = outcome == null ? Optional.empty() : outcome;
        summary = summary == null ? "" : summary;
    }

    public static EntryCheck decided(Outcome outcome, String summary, boolean visaHeld) {
        return new EntryCheck(Optional.of(outcome), summary, visaHeld);
    }

    public static EntryCheck notChecked(String why) {
        return new EntryCheck(Optional.empty(), why, false);
    }
}

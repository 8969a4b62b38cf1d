package org.atoll.regulation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** An earlier stay: the entry date and, once recorded, the exit date (both days count as days of stay). */
public record EarlierStay(LocalDate entered, Optional<LocalDate> departed) {

    public EarlierStay {
        Objects.requireNonNull(entered, "entry date");
        departed = departed == null ? Optional.empty() : departed;
        departed.ifPresent(d -> {
            if (d.isBefore(entered)) {
                throw new IllegalArgumentException("A stay cannot end (" + d + ") before it starts (" + entered + ")");
            }
        });
    }

    public static EarlierStay between(LocalDate entered, LocalDate departed) {
        return new EarlierStay(entered, Optional.of(departed));
    }

    public static EarlierStay withoutRecordedExit(LocalDate entered) {
        return new EarlierStay(entered, Optional.empty());
    }
}

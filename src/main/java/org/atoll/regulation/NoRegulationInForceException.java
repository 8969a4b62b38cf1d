package org.atoll.regulation;

import java.time.LocalDate;

/** No published regulation set was in force on the date asked about. */
public class NoRegulationInForceException extends IllegalStateException {

    private final LocalDate date;

    public NoRegulationInForceException(LocalDate date) {
        super("No regulation set is in force on " + date);
        this.date = date;
    }

    public LocalDate date() {
        return date;
    }
}

package org.atoll.document;

import java.util.Objects;

/**
 * One thing that makes a zone fail ICAO 9303 syntax or check digits, with where it is:
 * line and position count from 1, as printed.
 */
public record MrzError(MrzField field, int line, int position, String message) {

    public MrzError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}

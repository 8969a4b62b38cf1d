package org.atoll.document;

import java.util.Objects;

/**
 * One check digit computed and compared: {@code expected} is the digit ICAO 9303 gives for the
 * field, {@code found} what the zone holds at {@code line}/{@code position}.
 */
public record CheckDigitResult(MrzField field, char expected, char found, boolean valid, int line, int position) {

    public CheckDigitResult {
        Objects.requireNonNull(field, "field");
    }
}

package org.atoll.movement.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.atoll.InvalidRequestException;
import org.atoll.movement.Direction;
import org.atoll.reference.CountryCode;
import org.atoll.reference.PortCode;

/** Reads request parameters of the movement pages and API, naming the field when one is wrong. */
final class Params {

    private Params() {
    }

    static Optional<String> text(String raw) {
        return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(raw.strip());
    }

    /** A permit or visa type code as typed: trimmed and upper-cased ({@code voa} is {@code VOA}). */
    static Optional<String> code(String raw) {
        return text(raw).map(c -> c.toUpperCase(Locale.ROOT));
    }

    static Optional<LocalDate> date(String field, String raw) {
        try {
            return text(raw).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw InvalidRequestException.field(field, "A date as YYYY-MM-DD, not '" + raw + "'");
        }
    }

    static Optional<PortCode> port(String raw) {
        try {
            return text(raw).map(PortCode::of);
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.field("port", e.getMessage());
        }
    }

    static Optional<String> country(String field, String raw) {
        Optional<String> code = text(raw).map(c -> c.toUpperCase(Locale.ROOT));
        if (code.isPresent() && !CountryCode.isWellFormed(code.get())) {
            throw InvalidRequestException.field(field, "A nationality code such as AUS or D, not '" + raw + "'");
        }
        return code;
    }

    static Optional<Direction> direction(String raw) {
        try {
            return text(raw).map(d -> Direction.valueOf(d.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.field("direction", "ENTRY or EXIT, not '" + raw + "'");
        }
    }

    static Optional<String> documentNumber(String raw) {
        try {
            return text(raw).map(n -> org.atoll.document.DocumentNumber.of(n).value());
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.field("documentNumber", e.getMessage());
        }
    }

    static int nonNegative(String field, String raw, int otherwise) {
        if (text(raw).isEmpty()) {
            return otherwise;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value < 0) {
                throw InvalidRequestException.field(field, "Zero or more, not " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw InvalidRequestException.field(field, "A whole number, not '" + raw + "'");
        }
    }

    static UUID id(String field, String raw) {
        try {
            return UUID.fromString(text(raw).orElseThrow(() -> InvalidRequestException.field(field, "Required")));
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.field(field, "A traveller id (UUID), not '" + raw + "'");
        }
    }
}

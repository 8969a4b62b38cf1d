package org.atoll.document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.atoll.document.mrz.MrzComposer;
import org.atoll.document.mrz.MrzParser;
import org.atoll.document.mrz.Transliterator;
import org.atoll.reference.KnownCodes;

/**
 * The document module's entry point: read a machine readable zone as a desk reader typed it,
 * or write one from fields. Thread-safe and stateless apart from its settings.
 */
public final class MachineReadableZones {

    /** Palau's entry rule asks for six months' validity beyond arrival (domain facts §7). */
    public static final int DEFAULT_EXPIRY_WARNING_MONTHS = 6;
    /** Two-digit expiry years are read as at most this many years ahead of the reading date. */
    public static final int DEFAULT_EXPIRY_YEARS_AHEAD = 30;

    private final Clock clock;
    private final MrzParser parser;
    private final MrzComposer composer;
    private final int expiryWarningMonths;

    public MachineReadableZones(KnownCodes knownCodes, Clock clock) {
        this(knownCodes, clock, DEFAULT_EXPIRY_WARNING_MONTHS, DEFAULT_EXPIRY_YEARS_AHEAD);
    }

    public MachineReadableZones(KnownCodes knownCodes, Clock clock, int expiryWarningMonths, int expiryYearsAhead) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (expiryWarningMonths < 0) {
            throw new IllegalArgumentException("expiryWarningMonths must not be negative");
        }
        this.expiryWarningMonths = expiryWarningMonths;
        this.parser = new MrzParser(knownCodes, expiryYearsAhead);
        this.composer = new MrzComposer(new Transliterator(false));
    }

    /** The clock that gives "today" to {@link #read(String)}. */
    public Clock clock() {
        return clock;
    }

    /** Reads a zone with today's date from the clock. */
    public MrzReading read(String scanned) {
        return read(scanned, LocalDate.now(clock));
    }

    /**
     * Reads and validates a zone; verdicts are relative to {@code today}.
     *
     * @throws MrzSyntaxException when the input is not an MRZ at all (line count, line length, alphabet)
     */
    public MrzReading read(String scanned, LocalDate today) {
        return parser.read(scanned, today, expiryWarningMonths);
    }

    /** As {@link #read(String, LocalDate)}, warning when the document expires within {@code expiryWarningMonths}. */
    public MrzReading read(String scanned, LocalDate today, int expiryWarningMonths) {
        if (expiryWarningMonths < 0) {
            throw new IllegalArgumentException("expiryWarningMonths must not be negative");
        }
        return parser.read(scanned, today, expiryWarningMonths);
    }

    /**
     * Writes a zone from fields: a visa (MRV-A, MRV-B), or TD1/TD2/TD3 for test fixtures.
     *
     * @throws MrzGenerationException when a field cannot be written in that format
     */
    public GeneratedMrz generate(MrzFields fields) {
        return composer.compose(fields);
    }
}

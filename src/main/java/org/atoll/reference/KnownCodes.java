package org.atoll.reference;

import java.time.LocalDate;

/**
 * The question other modules ask of reference data when they check a code read from a
 * document or a message: is this code valid on that date? Implemented by the reference module
 * from its versioned country list; plain-Java callers (the MRZ validator) take it as a parameter.
 */
@FunctionalInterface
public interface KnownCodes {

    boolean isKnownCountry(CountryCode code, LocalDate on);

    /** Accepts every well-formed code; for callers and tests that do not check codes. */
    KnownCodes ANY = (code, on) -> true;
}

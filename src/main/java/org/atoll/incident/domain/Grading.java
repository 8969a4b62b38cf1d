package org.atoll.incident.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * A report's grading under one scheme. For 3×5×2 the handling code (P: may be shared, C: shared
 * with conditions) is part of the grade; for the Admiralty code it is null.
 */
public record Grading(GradingScheme scheme, String source, String information, String handling) {

    public Grading {
        Objects.requireNonNull(scheme, "grading scheme");
        source = source == null ? "" : source.trim().toUpperCase(Locale.ROOT);
        information = information == null ? "" : information.trim().toUpperCase(Locale.ROOT);
        handling = handling == null || handling.isBlank() ? null : handling.trim().toUpperCase(Locale.ROOT);
        switch (scheme) {
            // NATO AJP-2.1 Admiralty code: reliability A (completely reliable) .. F (cannot be judged),
            // credibility 1 (confirmed) .. 6 (cannot be judged).
            case ADMIRALTY -> {
                require(source.matches("[A-F]"), "sourceReliability", "Source reliability is A to F");
                require(information.matches("[1-6]"), "informationCredibility", "Information credibility is 1 to 6");
                require(handling == null, "handling", "The Admiralty code has no handling code");
            }
            // UK College of Policing 3x5x2: source 1-3, intelligence A-E, handling P or C.
            case UK_3X5X2 -> {
                require(source.matches("[1-3]"), "sourceReliability", "Source evaluation is 1 to 3");
                require(information.matches("[A-E]"), "informationCredibility", "Intelligence assessment is A to E");
                require(handling != null && handling.matches("[PC]"), "handling", "The handling code is P or C");
            }
        }
    }

    public String code() {
        return scheme == GradingScheme.ADMIRALTY ? source + information : source + information + handling;
    }

    private static void require(boolean ok, String field, String message) {
        if (!ok) {
            throw new InvalidGradingException(field, message);
        }
    }

    public static class InvalidGradingException extends IllegalArgumentException {
        private final String field;

        public InvalidGradingException(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}

package org.atoll.document;

import java.util.Objects;

/** Something an officer should know that is not a syntax error: an unknown code or an expiry. */
public record MrzWarning(Kind kind, MrzField field, String message) {

    public enum Kind {
        /** The issuing state or nationality is well formed but not in the reference data. */
        UNKNOWN_CODE,
        /** The document's expiry date has passed. */
        EXPIRED,
        /** The document expires within the warning period. */
        EXPIRES_SOON
    }

    public MrzWarning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}

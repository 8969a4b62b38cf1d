package org.atoll.regulation;

import java.util.Objects;

/** One problem in a draft, naming the rule at fault (e.g. "regime R-BGD", "visa type VOA"). */
public record ValidationError(String rule, ValidationErrorKind kind, String message) {

    public ValidationError {
        rule = Texts.required(rule, "rule");
        Objects.requireNonNull(kind, "kind");
        message = Texts.required(message, "message");
    }

    @Override
    public String toString() {
        return kind + " " + rule + ": " + message;
    }
}

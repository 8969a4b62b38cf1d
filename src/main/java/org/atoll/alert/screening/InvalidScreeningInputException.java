package org.atoll.alert.screening;

/** A screening query the engine refuses to run (absurd length, control characters...): a client error, not a miss. */
public class InvalidScreeningInputException extends RuntimeException {

    private final String field;

    public InvalidScreeningInputException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The query field at fault, e.g. {@code names[0]}. */
    public String field() {
        return field;
    }
}

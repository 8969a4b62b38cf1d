package org.atoll;

import java.util.List;

/**
 * A request that is well-formed but cannot be accepted, with the offending fields named.
 * Answered with 422; forms show each message next to its field.
 */
public class InvalidRequestException extends RuntimeException {

    public record FieldProblem(String field, String message) {
    }

    private final List<FieldProblem> problems;

    public InvalidRequestException(String message, List<FieldProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public static InvalidRequestException field(String field, String message) {
        return new InvalidRequestException(message, List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

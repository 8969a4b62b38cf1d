package org.atoll.alert.internal;

/** A row of an import file that was rejected (or read with a warning): where, which record, which column, why. */
public record ImportProblem(int line, String reference, String field, String message) {
}

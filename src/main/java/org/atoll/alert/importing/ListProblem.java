package org.atoll.alert.importing;

/** A record a list reader skipped or read in part, with where it is, for the import report. */
public record ListProblem(int line, String reference, String message) {

    @Override
    public String toString() {
        return "line " + line + (reference == null ? "" : " (" + reference + ")") + ": " + message;
    }
}

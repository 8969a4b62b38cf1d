package org.atoll.document;

/**
 * The input is not a machine readable zone at all: wrong number of lines, wrong line length, or
 * characters outside the MRZ alphabet. Line and position count from 1; 0 when they do not apply.
 */
public class MrzSyntaxException extends IllegalArgumentException {

    private final int line;
    private final int position;

    public MrzSyntaxException(int line, int position, String message) {
        super(message);
        this.line = line;
        this.position = position;
    }

    public int line() {
        return line;
    }

    public int position() {
        return position;
    }
}

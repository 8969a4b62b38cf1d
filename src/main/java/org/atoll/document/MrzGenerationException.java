package org.atoll.document;

/** A field cannot be written into the requested MRZ: too long, wrong characters, wrong document code. */
public class MrzGenerationException extends IllegalArgumentException {

    private final MrzField field;

    public MrzGenerationException(MrzField field, String message) {
        super(message);
        this.field = field;
    }

    public MrzField field() {
        return field;
    }
}

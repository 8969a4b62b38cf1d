package org.atoll.regulation.internal;

/** A regulation set document that cannot be read, with what is wrong and where. */
public class RegulationDocumentException extends IllegalArgumentException {

    public RegulationDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}

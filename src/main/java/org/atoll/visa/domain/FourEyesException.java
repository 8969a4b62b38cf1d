package org.atoll.visa.domain;

/** A refusal's second approval must come from another officer than the one who proposed it. */
public class FourEyesException extends IllegalStateException {

    public FourEyesException(String message) {
        super(message);
    }
}

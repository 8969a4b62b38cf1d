package org.atoll.inspection.domain;

/** A decision that contradicts the state the inspection is in (answered 409). */
public class InspectionConflictException extends RuntimeException {

    private final InspectionStatus current;

    public InspectionConflictException(String message, InspectionStatus current) {
        super(message);
        this.current = current;
    }

    public InspectionStatus current() {
        return current;
    }
}

package org.atoll.inspection.domain;

/** A change to an interview that has closed (answered 409): only dated addenda may follow. */
public class InterviewClosedException extends RuntimeException {
    public InterviewClosedException(String message) {
        super(message);
    }
}

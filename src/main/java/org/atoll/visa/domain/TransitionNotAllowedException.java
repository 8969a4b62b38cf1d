package org.atoll.visa.domain;

/** The application is not in a state from which the action is allowed. */
public class TransitionNotAllowedException extends IllegalStateException {

    private final ApplicationStatus from;
    private final ApplicationStatus to;

    public TransitionNotAllowedException(ApplicationStatus from, ApplicationStatus to, String why) {
        super("An application " + from + " cannot become " + to + " this way: " + why);
        this.from = from;
        this.to = to;
    }

    public TransitionNotAllowedException(ApplicationStatus from, ApplicationStatus to) {
        super("An application " + from + " cannot become " + to + "; from " + from + " it may become "
                + (from.allowedNext().isEmpty() ? "nothing (final)" : from.allowedNext().toString()));
        this.from = from;
        this.to = to;
    }

    public ApplicationStatus from() {
        return from;
    }

    public ApplicationStatus to() {
        return to;
    }
}

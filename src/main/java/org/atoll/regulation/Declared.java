package org.atoll.regulation;

/** What the traveller has declared about something the rules ask for. */
public enum Declared {
    YES,
    NO,
    NOT_DECLARED;

    public static Declared of(Boolean answer) {
        return answer == null ? NOT_DECLARED : answer ? YES : NO;
    }
}

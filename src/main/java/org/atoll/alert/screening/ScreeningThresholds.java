package org.atoll.alert.screening;

/**
 * Band thresholds and the size of the ranked list. A score at or above {@code strong} is STRONG,
 * at or above {@code possible} POSSIBLE, below it not returned. See docs/screening.md for tuning.
 */
public record ScreeningThresholds(double strong, double possible, int maxCandidates) {

    public static final ScreeningThresholds DEFAULT = new ScreeningThresholds(0.88, 0.70, 10);

    public ScreeningThresholds {
        if (!(possible > 0 && possible <= strong && strong <= 1)) {
            throw new IllegalArgumentException("Thresholds need 0 < possible <= strong <= 1, not " + possible + " / " + strong);
        }
        if (maxCandidates < 1 || maxCandidates > 100) {
            throw new IllegalArgumentException("maxCandidates is 1 to 100, not " + maxCandidates);
        }
    }

    public Band bandOf(double score) {
        if (score >= strong) return Band.STRONG;
        if (score >= possible) return Band.POSSIBLE;
        return null;
    }
}

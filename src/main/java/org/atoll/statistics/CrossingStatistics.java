package org.atoll.statistics;

/** Border crossing statistics: counts only, never a traveller. */
public interface CrossingStatistics {

    /** Arrivals and departures for the query, small counts suppressed. */
    CrossingTable crossings(CrossingQuery query);

    /**
     * Builds the statistics' own table again from the whole movement record (after a change to how a crossing
     * is counted, or to fill it for crossings recorded before the module existed); audited. Counting is
     * unchanged by running it twice.
     *
     * @return how many crossings are now counted
     */
    int rebuild();

    /** The smallest count published: counts from 1 to one below it are withheld (1: nothing is withheld). */
    int smallestPublishedCount();
}

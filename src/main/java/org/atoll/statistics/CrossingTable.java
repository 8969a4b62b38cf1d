package org.atoll.statistics;

import java.time.LocalDate;
import java.util.List;

/**
 * Arrivals and departures counted by the query's dimensions, one row per combination that has any crossing,
 * ordered by its values. A count from 1 to {@code suppressedBelow} − 1 is withheld ({@code null}): published,
 * it could single out a traveller.
 */
public record CrossingTable(LocalDate from, LocalDate to, List<Dimension> groupBy, List<Row> rows, int suppressedBelow) {

    public CrossingTable {
        groupBy = List.copyOf(groupBy);
        rows = List.copyOf(rows);
    }

    /** One combination: its values, in the order of {@code groupBy}, and its counts, null when suppressed. */
    public record Row(List<String> values, Integer arrivals, Integer departures) {

        public Row {
            values = List.copyOf(values);
        }
    }
}

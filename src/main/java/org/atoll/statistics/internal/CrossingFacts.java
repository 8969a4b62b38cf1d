package org.atoll.statistics.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.atoll.statistics.CrossingQuery;
import org.atoll.statistics.Dimension;
import org.atoll.statistics.domain.CrossingFact;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The statistics' own table of crossings (V900), one row per movement, and the counts over it in SQL. */
@Repository
class CrossingFacts {

    /** The column each dimension groups by; the SQL is built only from these names, never from a request. */
    static final Map<Dimension, String> COLUMNS = new EnumMap<>(Map.ofEntries(
            Map.entry(Dimension.DAY, "crossed_on"), Map.entry(Dimension.MONTH, "crossed_month"),
            Map.entry(Dimension.YEAR, "crossed_year"), Map.entry(Dimension.DIRECTION, "direction"),
            Map.entry(Dimension.PORT, "port"), Map.entry(Dimension.NATIONALITY, "nationality"),
            Map.entry(Dimension.SEX, "sex"), Map.entry(Dimension.AGE_BAND, "age_band"),
            Map.entry(Dimension.MODE, "transport_mode"), Map.entry(Dimension.ROLE, "traveller_role"),
            Map.entry(Dimension.PERMIT_TYPE, "permit_type")));

    /** Counts of one combination of values, before any suppression. */
    record Tally(List<String> values, long arrivals, long departures) {
    }

    private final JdbcClient jdbc;

    CrossingFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps a crossing; one already kept (a re-delivered event, a rebuild racing an event) is left as it is. */
    boolean keep(CrossingFact fact) {
        return jdbc.sql("""
                INSERT INTO statistics_crossing (movement_id, crossed_on, crossed_month, crossed_year, direction, port,
                    nationality, sex, age_band, transport_mode, traveller_role, permit_type)
                VALUES (:id, :day, :month, :year, :direction, :port, :nationality, :sex, :ageBand, :mode, :role, :permit)
                ON CONFLICT DO NOTHING""")
                .param("id", fact.movementId()).param("day", fact.crossedOn())
                .param("month", fact.valueOf(Dimension.MONTH)).param("year", fact.valueOf(Dimension.YEAR))
                .param("direction", fact.valueOf(Dimension.DIRECTION)).param("port", fact.valueOf(Dimension.PORT))
                .param("nationality", fact.valueOf(Dimension.NATIONALITY)).param("sex", fact.valueOf(Dimension.SEX))
                .param("ageBand", fact.valueOf(Dimension.AGE_BAND)).param("mode", fact.valueOf(Dimension.MODE))
                .param("role", fact.valueOf(Dimension.ROLE)).param("permit", fact.valueOf(Dimension.PERMIT_TYPE))
                .update() == 1;
    }

    void forgetAll() {
        jdbc.sql("DELETE FROM statistics_crossing").update();
    }

    /** Whether no crossing is kept: one row looked at, not the whole table counted (this runs at every start). */
    boolean isEmpty() {
        return jdbc.sql("SELECT 1 FROM statistics_crossing LIMIT 1").query(Integer.class).optional().isEmpty();
    }

    int count() {
        return Math.toIntExact(jdbc.sql("SELECT COUNT(*) FROM statistics_crossing").query(Long.class).single());
    }

    /**
     * Arrivals and departures per combination of the query's dimensions that has any crossing, ordered by them;
     * without dimensions, one row of totals (zeros for an empty period: getLong reads SUM's NULL as 0).
     */
    List<Tally> tally(CrossingQuery query) {
        List<String> columns = query.groupBy().stream().map(COLUMNS::get).toList();
        String select = columns.stream().map(c -> c + ", ").collect(Collectors.joining());
        String grouping = columns.isEmpty() ? "" : " GROUP BY " + String.join(", ", columns) + " ORDER BY " + String.join(", ", columns);
        String sql = "SELECT " + select
                + "SUM(CASE WHEN direction = 'ENTRY' THEN 1 ELSE 0 END) AS arrivals, "
                + "SUM(CASE WHEN direction = 'EXIT' THEN 1 ELSE 0 END) AS departures "
                + "FROM statistics_crossing WHERE crossed_on >= :from AND crossed_on <= :to" + grouping;
        return jdbc.sql(sql).param("from", query.from()).param("to", query.to()).query((rs, n) -> {
            List<String> values = new java.util.ArrayList<>(columns.size());
            for (int i = 1; i <= columns.size(); i++) {
                values.add(rs.getString(i));
            }
            return new Tally(values, rs.getLong("arrivals"), rs.getLong("departures"));
        }).list();
    }
}

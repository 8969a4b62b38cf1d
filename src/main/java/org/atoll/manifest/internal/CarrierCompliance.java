package org.atoll.manifest.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How well each carrier reports: flights whose first manifest came later than the required time
 * before departure, flights whose travellers crossed the border with no manifest at all, and
 * manifests found inaccurate after arrival (a presented traveller's document number or date of
 * birth differed, or someone on the flight was not on it). Aggregates only, no personal data.
 * Departure times are the carrier's local times, compared as if they were UTC (ports carry no time zone yet).
 */
@Service
public class CarrierCompliance {

    public record LateFlight(String flight, LocalDate date, Instant firstReceived, LocalDateTime departure) {
    }

    public record MissingFlight(String flight, LocalDate date, int crossings) {
    }

    public record InaccurateManifest(UUID manifestId, String flight, LocalDate date, int mismatchedPersons,
                                     int notManifested) {
    }

    public record CarrierRecord(String carrier, int flights, List<LateFlight> late, List<MissingFlight> missing,
                                List<InaccurateManifest> inaccurate) {
    }

    public record Report(LocalDate from, LocalDate to, java.time.Duration requiredBeforeDeparture,
                         List<CarrierRecord> carriers) {
    }

    private final JdbcClient jdbc;
    private final ManifestProperties properties;
    private final java.time.ZoneId zone;

    CarrierCompliance(JdbcClient jdbc, ManifestProperties properties, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.zone = clock.getZone();
    }

    private record FlightRow(String carrier, String flight, LocalDate date, Instant firstReceived, LocalDateTime departure) {
    }

    private record CrossingFlight(String carrier, String flight, LocalDate date, int crossings) {
    }

    private record ManifestRow(String carrier, UUID id, String flight, LocalDate date, int mismatched, int notManifested) {
    }

    @Transactional(readOnly = true)
    public Report report(LocalDate from, LocalDate to) {
        List<FlightRow> flights = jdbc.sql("""
                SELECT carrier, flight_number, flight_date, MIN(received_at) AS first_received, MIN(departure_time) AS departure
                FROM manifest WHERE flight_date BETWEEN :from AND :to AND flight_number IS NOT NULL
                GROUP BY carrier, flight_number, flight_date ORDER BY carrier, flight_date, flight_number""")
                .param("from", from).param("to", to)
                .query((rs, n) -> new FlightRow(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getTimestamp(4).toInstant(), rs.getObject(5, LocalDateTime.class)))
                .list();
        // a crossing may carry a manifested flight's next-day date (arrival after midnight): look one day back
        Set<String> reported = jdbc.sql("""
                SELECT DISTINCT carrier, flight_number, flight_date FROM manifest
                WHERE flight_date BETWEEN :from AND :to AND flight_number IS NOT NULL""")
                .param("from", from.minusDays(1)).param("to", to)
                .query((rs, n) -> key(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class))).set();
        List<CrossingFlight> crossed = jdbc.sql("""
                SELECT carrier, flight_number, crossing_date, COUNT(*) FROM manifest_crossing
                WHERE crossing_date BETWEEN :from AND :to AND carrier IS NOT NULL AND flight_number IS NOT NULL
                GROUP BY carrier, flight_number, crossing_date""")
                .param("from", from).param("to", to)
                .query((rs, n) -> new CrossingFlight(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getInt(4)))
                .list();
        List<ManifestRow> inaccurate = jdbc.sql("""
                SELECT m.carrier, m.id, m.flight_number, m.flight_date,
                    (SELECT COUNT(*) FROM manifest_person p WHERE p.manifest_id = m.id AND p.mismatches IS NOT NULL
                        AND p.mismatches <> '') AS mismatched,
                    (SELECT COUNT(*) FROM manifest_crossing c WHERE c.manifest_id IS NULL AND c.flight_number = m.flight_number
                        AND (c.carrier IS NULL OR c.carrier = m.carrier)
                        AND c.crossing_date >= m.flight_date AND c.crossing_date <= m.flight_date + INTERVAL '1' DAY) AS not_manifested
                FROM manifest m WHERE m.status = 'CURRENT' AND m.flight_date BETWEEN :from AND :to
                ORDER BY m.carrier, m.flight_date, m.flight_number""")
                .param("from", from).param("to", to)
                .query((rs, n) -> new ManifestRow(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getInt(5), rs.getInt(6)))
                .list().stream().filter(r -> r.mismatched() > 0 || r.notManifested() > 0).toList();

        Map<String, CarrierRecord> carriers = new TreeMap<>();
        Map<String, List<FlightRow>> byCarrier = flights.stream().collect(Collectors.groupingBy(FlightRow::carrier));
        Set<String> names = new java.util.TreeSet<>(byCarrier.keySet());
        crossed.forEach(c -> names.add(c.carrier()));
        for (String carrier : names) {
            List<FlightRow> own = byCarrier.getOrDefault(carrier, List.of());
            List<LateFlight> late = new ArrayList<>();
            for (FlightRow f : own) {
                // the departure is the local time at the departure port (PAXLST DTM 189); ports carry no time
                // zone, so it is read in the border's zone: exact for the country's own ports, an
                // approximation for a foreign port (off by the difference of the two offsets)
                if (f.departure() != null && f.firstReceived()
                        .isAfter(f.departure().atZone(zone).toInstant().minus(properties.requiredBeforeDeparture()))) {
                    late.add(new LateFlight(f.flight(), f.date(), f.firstReceived(), f.departure()));
                }
            }
            List<MissingFlight> missing = crossed.stream().filter(c -> c.carrier().equals(carrier))
                    .filter(c -> !reported.contains(key(carrier, c.flight(), c.date()))
                            && !reported.contains(key(carrier, c.flight(), c.date().minusDays(1))))
                    .map(c -> new MissingFlight(c.flight(), c.date(), c.crossings())).toList();
            List<InaccurateManifest> wrong = inaccurate.stream().filter(r -> r.carrier().equals(carrier))
                    .map(r -> new InaccurateManifest(r.id(), r.flight(), r.date(), r.mismatched(), r.notManifested())).toList();
            carriers.put(carrier, new CarrierRecord(carrier, own.size(), late, missing, wrong));
        }
        return new Report(from, to, properties.requiredBeforeDeparture(), List.copyOf(carriers.values()));
    }

    private static String key(String carrier, String flight, LocalDate date) {
        return carrier + "|" + Reconciliation.flight(flight) + "|" + date;
    }
}

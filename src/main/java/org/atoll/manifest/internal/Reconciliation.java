package org.atoll.manifest.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.atoll.audit.AuditEvent;
import org.atoll.audit.AuditTrail;
import org.atoll.manifest.internal.ManifestStore.StoredManifest;
import org.atoll.manifest.internal.ManifestStore.StoredPerson;
import org.atoll.movement.Direction;
import org.atoll.movement.Movement;
import org.atoll.movement.MovementRecorded;
import org.atoll.movement.TravellerDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reconciles manifests with the crossings the border recorded. Each {@link MovementRecorded} is
 * matched to a manifested person on a current manifest of the crossing's port and day (arrivals for
 * an entry, departures for an exit), first by document (issuing state and number), then — on the
 * crossing's own flight — by name; the person is marked presented and any difference in document
 * number or date of birth is kept as a mismatch. A crossing that matches no one is kept as
 * "presented but not manifested".
 */
@Service
public class Reconciliation {

    /** A crossing as kept for reconciliation. */
    public record Crossing(UUID movementId, String port, String direction, Instant crossedAt, String carrier,
                           String flightNumber, String surname, String givenNames, LocalDate dateOfBirth,
                           String nationality, String documentIssuer, String documentNumber) {
    }

    /** A manifested person with the fields that differ from what was presented. */
    public record Mismatch(StoredPerson person, List<String> fields) {
    }

    /** A manifest against the crossings: who did not come, who came unannounced, what differed. */
    public record Report(StoredManifest manifest, int manifested, int presented, boolean arrived,
                         List<StoredPerson> noShows, List<Crossing> notManifested, List<Mismatch> mismatches) {
    }

    private final JdbcClient jdbc;
    private final ManifestStore store;
    private final AuditTrail audit;
    private final java.time.Clock clock;

    Reconciliation(JdbcClient jdbc, ManifestStore store, AuditTrail audit, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void onMovementRecorded(MovementRecorded recorded) {
        reconcile(recorded.movement());
    }

    /** Matches one crossing; recording the same movement twice changes nothing. */
    @Transactional
    public Optional<UUID> reconcile(Movement movement) {
        Integer known = jdbc.sql("SELECT COUNT(*) FROM manifest_crossing WHERE movement_id = :id")
                .param("id", movement.movementId()).query(Integer.class).single();
        if (known > 0) {
            return Optional.empty();
        }
        TravellerDocument t = movement.traveller();
        // the border's local day, as the movement record and the manifests' local times have it
        LocalDate day = LocalDate.ofInstant(movement.crossedAt(), clock.getZone());
        List<String> ports = ManifestIngest.ports(movement.port().value());
        String flight = movement.flightOrVessel().map(Reconciliation::flight).orElse(null);
        boolean entry = movement.direction() == Direction.ENTRY;
        String portColumn = entry ? "m.arrival_port" : "m.departure_port";
        String timeColumn = entry ? "m.arrival_time" : "m.departure_time";
        String candidates = "FROM manifest_person p JOIN manifest m ON m.id = p.manifest_id WHERE m.status = 'CURRENT' AND "
                + portColumn + " IN (:ports) AND " + timeColumn + " >= :from AND " + timeColumn + " < :to";
        List<Candidate> byDocument = jdbc.sql("SELECT m.id AS m_id, m.flight_number AS m_flight, p.* " + candidates
                        + " AND p.document_number = :number AND (p.document_issuer = :issuer OR p.document_issuer IS NULL)"
                        + " ORDER BY " + timeColumn)
                .param("ports", ports).param("from", day.minusDays(1).atStartOfDay()).param("to", day.plusDays(2).atStartOfDay())
                .param("number", t.documentNumber().value()).param("issuer", t.issuingState().value())
                .query(Reconciliation::candidate).list();
        Optional<Candidate> match = best(byDocument, flight);
        if (match.isEmpty() && flight != null) {
            match = jdbc.sql("SELECT m.id AS m_id, m.flight_number AS m_flight, p.* " + candidates
                            + " AND UPPER(p.surname) = :surname AND UPPER(p.given_names) = :given AND p.movement_id IS NULL")
                    .param("ports", ports).param("from", day.minusDays(1).atStartOfDay()).param("to", day.plusDays(2).atStartOfDay())
                    .param("surname", t.name().surname().toUpperCase(Locale.ROOT))
                    .param("given", t.name().givenNames().toUpperCase(Locale.ROOT))
                    .query(Reconciliation::candidate).list().stream()
                    .filter(c -> flight.equals(flight(c.flight()))).findFirst();
        }
        UUID manifestId = match.map(Candidate::manifestId).orElse(null);
        Integer position = match.map(c -> c.person().position()).orElse(null);
        match.ifPresent(c -> {
            List<String> mismatches = mismatches(c.person(), t);
            jdbc.sql("""
                    UPDATE manifest_person SET presented_at = :at, movement_id = :movement, mismatches = :mismatches
                    WHERE manifest_id = :m AND position = :p""")
                    .param("at", OffsetDateTime.ofInstant(movement.crossedAt(), ZoneOffset.UTC))
                    .param("movement", movement.movementId()).param("mismatches", String.join("\n", mismatches))
                    .param("m", c.manifestId()).param("p", c.person().position()).update();
        });
        jdbc.sql("""
                INSERT INTO manifest_crossing (movement_id, port, direction, crossed_at, crossing_date, carrier, flight_number,
                    surname, given_names, date_of_birth, nationality, document_issuer, document_number, manifest_id, position)
                VALUES (:id, :port, :direction, :at, :day, :carrier, :flight, :surname, :given, :dob, :nat, :issuer, :number,
                    :manifest, :position)""")
                .param("id", movement.movementId()).param("port", movement.port().value())
                .param("direction", movement.direction().name())
                .param("at", OffsetDateTime.ofInstant(movement.crossedAt(), ZoneOffset.UTC)).param("day", day)
                .param("carrier", movement.carrier().map(c -> c.trim().toUpperCase(Locale.ROOT)).orElse(null))
                .param("flight", flight).param("surname", cut(t.name().surname())).param("given", cut(t.name().givenNames()))
                .param("dob", t.dateOfBirth().orElse(null)).param("nat", t.nationality().value())
                .param("issuer", t.issuingState().value()).param("number", t.documentNumber().value())
                .param("manifest", manifestId).param("position", position).update();
        return Optional.ofNullable(manifestId);
    }

    /** The reconciliation of a manifest; audited, since it lists named travellers. */
    @Transactional
    public Report report(StoredManifest m) {
        List<StoredPerson> persons = store.persons(m.id());
        List<StoredPerson> noShows = persons.stream().filter(p -> p.presentedAt() == null).toList();
        List<Mismatch> mismatches = persons.stream().filter(p -> !p.mismatches().isEmpty())
                .map(p -> new Mismatch(p, p.mismatches())).toList();
        List<Crossing> notManifested = new ArrayList<>();
        LocalDate day = m.arrivalTime() != null ? m.arrivalTime().toLocalDate() : m.flightDate();
        if (m.flightNumber() != null && day != null) {
            notManifested = jdbc.sql("""
                    SELECT * FROM manifest_crossing WHERE manifest_id IS NULL AND flight_number = :flight
                      AND (carrier IS NULL OR carrier = :carrier) AND crossing_date BETWEEN :from AND :to
                    ORDER BY crossed_at""")
                    .param("flight", flight(m.flightNumber())).param("carrier", m.carrier())
                    .param("from", day.minusDays(1)).param("to", day.plusDays(1))
                    .query(Reconciliation::crossing).list();
        }
        boolean arrived = m.arrivalTime() != null && m.arrivalTime().isBefore(LocalDateTime.now(clock));
        audit.record(AuditEvent.succeeded("MANIFEST_RECONCILIATION_READ", "manifest", m.id().toString())
                .withDetails(noShows.size() + " not presented, " + notManifested.size() + " not manifested, "
                        + mismatches.size() + " mismatches"));
        return new Report(m, persons.size(), persons.size() - noShows.size(), arrived, noShows, notManifested, mismatches);
    }

    static List<String> mismatches(StoredPerson manifested, TravellerDocument presented) {
        List<String> fields = new ArrayList<>();
        if (manifested.documentNumber() == null || !manifested.documentNumber().equals(presented.documentNumber().value())) {
            fields.add("document number: manifest " + manifested.documentNumber() + ", presented "
                    + presented.documentNumber().value());
        }
        if (presented.dateOfBirth().isPresent() && !presented.dateOfBirth().get().toString().equals(manifested.dateOfBirth())) {
            fields.add("date of birth: manifest " + manifested.dateOfBirth() + ", presented " + presented.dateOfBirth().get());
        }
        return fields;
    }

    static String flight(String raw) {
        return raw == null ? null : raw.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    private record Candidate(UUID manifestId, String flight, StoredPerson person) {
    }

    private static Optional<Candidate> best(List<Candidate> candidates, String flight) {
        return candidates.stream().filter(c -> flight != null && flight.equals(flight(c.flight()))).findFirst()
                .or(() -> candidates.stream().filter(c -> c.person().presentedAt() == null).findFirst())
                .or(() -> candidates.stream().findFirst());
    }

    private static Candidate candidate(ResultSet rs, int row) throws SQLException {
        return new Candidate(rs.getObject("m_id", UUID.class), rs.getString("m_flight"), ManifestStore.person(rs));
    }

    private static Crossing crossing(ResultSet rs, int row) throws SQLException {
        return new Crossing(rs.getObject("movement_id", UUID.class), rs.getString("port"), rs.getString("direction"),
                rs.getTimestamp("crossed_at").toInstant(), rs.getString("carrier"), rs.getString("flight_number"),
                rs.getString("surname"), rs.getString("given_names"), rs.getObject("date_of_birth", LocalDate.class),
                rs.getString("nationality"), rs.getString("document_issuer"), rs.getString("document_number"));
    }

    private static String cut(String s) {
        return s == null || s.length() <= 200 ? s : s.substring(0, 200);
    }
}

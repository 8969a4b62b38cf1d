package org.atoll.manifest.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.atoll.manifest.ManifestPerson;
import org.atoll.manifest.TravelDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The manifest tables, with explicit SQL. */
@Repository
public class ManifestStore {

    /** One stored manifest's header row. */
    public record StoredManifest(UUID id, String format, String kind, String function, String interchangeReference,
                                 String carrier, String flightNumber, LocalDate flightDate, String departurePort,
                                 LocalDateTime departureTime, String arrivalPort, LocalDateTime arrivalTime,
                                 int passengers, int crew, List<String> warnings, String status, UUID replaces,
                                 Instant receivedAt) {
    }

    /** One person row as stored. */
    public record StoredPerson(int position, String role, String surname, String givenNames, String sex,
                               String dateOfBirth, String nationality, String residence, String birthPlace,
                               String embarkation, String disembarkation, String documentType, String documentNumber,
                               String documentIssuer, LocalDate documentExpiry, String screeningStatus,
                               List<String> screeningReasons, List<UUID> hitIds, boolean visaNeeded,
                               Instant presentedAt, List<String> mismatches) {

        /** The same person as a carrier may see it: what it sent, without the authority's screening. */
        public StoredPerson forCarrier() {
            return new StoredPerson(position, role, surname, givenNames, sex, dateOfBirth, nationality, residence,
                    birthPlace, embarkation, disembarkation, documentType, documentNumber, documentIssuer,
                    documentExpiry, null, List.of(), List.of(), false, null, List.of());
        }
    }

    private final JdbcClient jdbc;

    ManifestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredManifest> findByContent(String interchangeReference, String contentHash) {
        return jdbc.sql("""
                SELECT * FROM manifest WHERE (interchange_reference = :r AND content_hash = :h)
                    OR id IN (SELECT manifest_id FROM manifest_part WHERE interchange_reference = :r AND content_hash = :h)""")
                .param("r", interchangeReference).param("h", contentHash).query(ManifestStore::manifest).list()
                .stream().findFirst();
    }

    /** The parts of a multi-part manifest received so far, and how many there are once the final one came. */
    public record Parts(java.util.SortedSet<Integer> received, Integer total) {

        public boolean complete() {
            return total != null && received.size() == total && received.first() == 1 && received.last().equals(total);
        }
    }

    public Optional<Parts> parts(UUID manifestId) {
        java.util.SortedSet<Integer> received = new java.util.TreeSet<>(jdbc.sql(
                "SELECT part FROM manifest_part WHERE manifest_id = :m").param("m", manifestId).query(Integer.class).list());
        if (received.isEmpty()) {
            return Optional.empty();
        }
        Integer total = jdbc.sql("SELECT parts_total FROM manifest WHERE id = :m").param("m", manifestId)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, Integer.class))).single().orElse(null);
        return Optional.of(new Parts(received, total));
    }

    public void insertPart(UUID manifestId, int part, boolean last, String interchangeReference, String contentHash,
                           Instant at) {
        jdbc.sql("""
                INSERT INTO manifest_part (manifest_id, part, interchange_reference, content_hash, received_at)
                VALUES (:m, :part, :r, :h, :at)""")
                .param("m", manifestId).param("part", part).param("r", interchangeReference).param("h", contentHash)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update();
        if (last) {
            jdbc.sql("UPDATE manifest SET parts_total = :t WHERE id = :m").param("t", part).param("m", manifestId).update();
        }
    }

    /** Adds a part's persons and warnings to a multi-part manifest. */
    public void addToManifest(UUID manifestId, int passengers, int crew, List<String> warnings) {
        String existing = jdbc.sql("SELECT warnings FROM manifest WHERE id = :m").param("m", manifestId).query(String.class).single();
        List<String> all = new java.util.ArrayList<>(existing == null || existing.isEmpty() ? List.of() : Arrays.asList(existing.split("\n")));
        all.addAll(warnings);
        jdbc.sql("""
                UPDATE manifest SET passengers = passengers + :pax, crew = crew + :crew, warnings = :w, version = version + 1
                WHERE id = :m""")
                .param("pax", passengers).param("crew", crew).param("w", String.join("\n", all)).param("m", manifestId).update();
    }

    public int personCount(UUID manifestId) {
        return jdbc.sql("SELECT COUNT(*) FROM manifest_person WHERE manifest_id = :m").param("m", manifestId)
                .query(Integer.class).single();
    }

    public Optional<StoredManifest> find(UUID id) {
        return jdbc.sql("SELECT * FROM manifest WHERE id = :id").param("id", id).query(ManifestStore::manifest).optional();
    }

    public Optional<StoredManifest> findCurrent(String carrier, String flightNumber, LocalDate flightDate) {
        return jdbc.sql("""
                SELECT * FROM manifest WHERE carrier = :c AND flight_number = :f AND flight_date = :d
                    AND status IN ('CURRENT', 'CANCELLED') AND NOT EXISTS (SELECT 1 FROM manifest m2 WHERE m2.replaces = manifest.id)
                ORDER BY received_at DESC""")
                .param("c", carrier).param("f", flightNumber).param("d", flightDate)
                .query(ManifestStore::manifest).list().stream().findFirst();
    }

    public void markSuperseded(UUID id) {
        jdbc.sql("UPDATE manifest SET status = 'SUPERSEDED', version = version + 1 WHERE id = :id").param("id", id).update();
    }

    public void insert(StoredManifest m, String contentHash, String receivedBy) {
        jdbc.sql("""
                INSERT INTO manifest (id, format, kind, message_function, interchange_reference, content_hash, carrier,
                    flight_number, flight_date, departure_port, departure_time, arrival_port, arrival_time, passengers,
                    crew, warnings, status, replaces, received_at, received_by, version)
                VALUES (:id, :format, :kind, :function, :ref, :hash, :carrier, :flight, :date, :depPort, :depTime,
                    :arrPort, :arrTime, :pax, :crew, :warnings, :status, :replaces, :received, :by, 0)""")
                .param("id", m.id()).param("format", m.format()).param("kind", m.kind()).param("function", m.function())
                .param("ref", m.interchangeReference()).param("hash", contentHash).param("carrier", m.carrier())
                .param("flight", m.flightNumber()).param("date", m.flightDate()).param("depPort", m.departurePort())
                .param("depTime", m.departureTime()).param("arrPort", m.arrivalPort()).param("arrTime", m.arrivalTime())
                .param("pax", m.passengers()).param("crew", m.crew()).param("warnings", String.join("\n", m.warnings()))
                .param("status", m.status()).param("replaces", m.replaces())
                .param("received", OffsetDateTime.ofInstant(m.receivedAt(), ZoneOffset.UTC)).param("by", receivedBy)
                .update();
    }

    public void insertPersons(UUID manifestId, List<ManifestPerson> persons) {
        insertPersons(manifestId, persons, 0);
    }

    /** Inserts persons numbered from {@code after + 1} (a later part of a multi-part manifest continues the numbering). */
    public void insertPersons(UUID manifestId, List<ManifestPerson> persons, int after) {
        int position = after;
        for (ManifestPerson p : persons) {
            position++;
            TravelDocument d = p.documents().isEmpty() ? null : p.documents().get(0);
            jdbc.sql("""
                    INSERT INTO manifest_person (manifest_id, position, role, surname, given_names, sex, date_of_birth,
                        nationality, residence, birth_place, embarkation, disembarkation, document_type, document_number,
                        document_issuer, document_expiry, screening_status)
                    VALUES (:m, :pos, :role, :surname, :given, :sex, :dob, :nat, :res, :birth, :emb, :dis, :dtype,
                        :dnum, :diss, :dexp, 'PENDING')""")
                    .param("m", manifestId).param("pos", position).param("role", p.role().name())
                    .param("surname", cut(p.name().surname(), 200)).param("given", cut(p.name().givenNames(), 200))
                    .param("sex", p.sex() == null ? null : p.sex().name())
                    .param("dob", p.dateOfBirth() == null ? null : p.dateOfBirth().toString())
                    .param("nat", p.nationality() == null ? null : p.nationality().value())
                    .param("res", p.residence() == null ? null : p.residence().value())
                    .param("birth", cut(p.birthPlace(), 200)).param("emb", cut(p.embarkation(), 16))
                    .param("dis", cut(p.disembarkation(), 16))
                    .param("dtype", d == null ? null : cut(d.type(), 8))
                    .param("dnum", d == null || d.number() == null ? null : d.number().value())
                    .param("diss", d == null || d.issuingState() == null ? null : d.issuingState().value())
                    .param("dexp", d == null ? null : d.expiry())
                    .update();
        }
    }

    public List<StoredPerson> persons(UUID manifestId) {
        return jdbc.sql("SELECT * FROM manifest_person WHERE manifest_id = :m ORDER BY position")
                .param("m", manifestId).query((rs, n) -> person(rs)).list();
    }

    static StoredPerson person(ResultSet rs) throws SQLException {
        return new StoredPerson(rs.getInt("position"), rs.getString("role"),
                rs.getString("surname"), rs.getString("given_names"), rs.getString("sex"),
                rs.getString("date_of_birth"), rs.getString("nationality"), rs.getString("residence"),
                rs.getString("birth_place"), rs.getString("embarkation"), rs.getString("disembarkation"),
                rs.getString("document_type"), rs.getString("document_number"), rs.getString("document_issuer"),
                rs.getObject("document_expiry", LocalDate.class), rs.getString("screening_status"),
                lines(rs.getString("screening_reasons")), ids(rs.getString("hit_ids")), rs.getBoolean("visa_needed"),
                instant(rs.getTimestamp("presented_at")), lines(rs.getString("mismatches")));
    }

    /** Records a person's pre-arrival screening. */
    public void recordScreening(UUID manifestId, int position, String status, List<String> reasons, List<UUID> hitIds,
                                boolean visaNeeded, Instant at) {
        jdbc.sql("""
                UPDATE manifest_person SET screening_status = :s, screening_reasons = :r, hit_ids = :h, visa_needed = :v,
                    screened_at = :at WHERE manifest_id = :m AND position = :p""")
                .param("s", status).param("r", String.join("\n", reasons))
                .param("h", String.join(",", hitIds.stream().map(UUID::toString).toList())).param("v", visaNeeded)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).param("m", manifestId).param("p", position)
                .update();
    }

    /** Current manifests whose arrival time lies in [from, to): the flights still to screen again. */
    public List<UUID> currentArrivingBetween(LocalDateTime from, LocalDateTime to) {
        return jdbc.sql("""
                SELECT id FROM manifest WHERE status = 'CURRENT' AND arrival_time >= :from AND arrival_time < :to
                ORDER BY arrival_time""")
                .param("from", from).param("to", to).query(UUID.class).list();
    }

    /** A person on a flight's current manifest, with the flight, as the arrival board lists them. */
    public record FlightPerson(UUID manifestId, String carrier, String flightNumber, LocalDateTime arrivalTime,
                               StoredPerson person) {
    }

    /**
     * Persons of the current manifests due at one of the ports on a day who are to be referred
     * (REFER, ERROR) or expected to need a visa, by arrival time.
     */
    public List<FlightPerson> personsOfNote(LocalDate date, List<String> ports) {
        return jdbc.sql("""
                SELECT m.id AS m_id, m.carrier AS m_carrier, m.flight_number AS m_flight, m.arrival_time AS m_arrival, p.*
                FROM manifest_person p JOIN manifest m ON m.id = p.manifest_id
                WHERE m.status = 'CURRENT' AND m.arrival_port IN (:ports) AND m.arrival_time >= :from AND m.arrival_time < :to
                  AND (p.screening_status IN ('REFER', 'ERROR') OR p.visa_needed = TRUE)
                ORDER BY m.arrival_time, m.flight_number, p.position""")
                .param("ports", ports).param("from", date.atStartOfDay()).param("to", date.plusDays(1).atStartOfDay())
                .query((rs, n) -> new FlightPerson(rs.getObject("m_id", UUID.class), rs.getString("m_carrier"),
                        rs.getString("m_flight"), rs.getObject("m_arrival", LocalDateTime.class), person(rs)))
                .list();
    }

    /** Screening counts per status for each manifest. */
    public java.util.Map<UUID, java.util.Map<String, Integer>> screeningCounts(List<UUID> manifestIds) {
        java.util.Map<UUID, java.util.Map<String, Integer>> counts = new java.util.HashMap<>();
        if (manifestIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                SELECT manifest_id, screening_status, COUNT(*) AS n FROM manifest_person WHERE manifest_id IN (:ids)
                GROUP BY manifest_id, screening_status""")
                .param("ids", manifestIds)
                .query((rs, n) -> {
                    counts.computeIfAbsent(rs.getObject("manifest_id", UUID.class), k -> new java.util.TreeMap<>())
                            .put(rs.getString("screening_status"), rs.getInt("n"));
                    return null;
                }).list();
        return counts;
    }

    static List<String> lines(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split("\n"));
    }

    static List<UUID> ids(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.stream(s.split(",")).map(UUID::fromString).toList();
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** Manifests (current or cancelled) arriving at or departing from one of the ports on a day. */
    public List<StoredManifest> flights(LocalDate date, List<String> ports, String carrier) {
        LocalDateTime from = date.atStartOfDay();
        LocalDateTime to = date.plusDays(1).atStartOfDay();
        return jdbc.sql("""
                SELECT * FROM manifest WHERE status <> 'SUPERSEDED'
                    AND ((arrival_port IN (:ports) AND arrival_time >= :from AND arrival_time < :to)
                      OR (departure_port IN (:ports) AND departure_time >= :from AND departure_time < :to))
                    AND (:carrier = '' OR carrier = :carrier)
                ORDER BY COALESCE(arrival_time, departure_time), flight_number""")
                .param("ports", ports).param("from", from).param("to", to).param("carrier", carrier == null ? "" : carrier)
                .query(ManifestStore::manifest).list();
    }

    public List<StoredManifest> history(UUID id) {
        List<StoredManifest> chain = new java.util.ArrayList<>();
        Optional<StoredManifest> next = find(id);
        while (next.isPresent() && chain.size() < 100) {
            chain.add(next.get());
            next = next.get().replaces() == null ? Optional.empty() : find(next.get().replaces());
        }
        return chain;
    }

    private static StoredManifest manifest(ResultSet rs, int row) throws SQLException {
        String warnings = rs.getString("warnings");
        Timestamp received = rs.getTimestamp("received_at");
        return new StoredManifest(rs.getObject("id", UUID.class), rs.getString("format"), rs.getString("kind"),
                rs.getString("message_function"), rs.getString("interchange_reference"), rs.getString("carrier"),
                rs.getString("flight_number"), rs.getObject("flight_date", LocalDate.class),
                rs.getString("departure_port"), rs.getObject("departure_time", LocalDateTime.class),
                rs.getString("arrival_port"), rs.getObject("arrival_time", LocalDateTime.class),
                rs.getInt("passengers"), rs.getInt("crew"),
                warnings == null || warnings.isEmpty() ? List.of() : Arrays.asList(warnings.split("\n")),
                rs.getString("status"), rs.getObject("replaces", UUID.class), received.toInstant());
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}

package org.atoll.incident.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.atoll.access.AgencyCode;
import org.atoll.incident.IncidentId;
import org.atoll.incident.IntelligenceReportId;
import org.atoll.incident.domain.Grading;
import org.atoll.incident.domain.GradingScheme;
import org.atoll.incident.domain.HandlingConditions;
import org.atoll.incident.domain.Incident;
import org.atoll.incident.domain.IncidentStatus;
import org.atoll.incident.domain.IncidentTask;
import org.atoll.incident.domain.IncidentTypeCode;
import org.atoll.incident.domain.IntelligenceReport;
import org.atoll.incident.domain.LinkKind;
import org.atoll.incident.domain.Recipient;
import org.atoll.incident.domain.RecordLink;
import org.atoll.incident.domain.Sensitivity;
import org.atoll.incident.domain.Severity;
import org.atoll.reference.PortCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Explicit SQL for incidents and intelligence; the version column guards every edit of an incident. */
@Repository
public class IncidentRepository {

    public record IncidentType(String code, String label, boolean active) {
    }

    public record LogEntry(Instant at, String actor, String kind, String text) {
    }

    /** An in-app notification about an incident ({@code incidentId}) or a disseminated intelligence report ({@code reportId}). */
    public record Notification(UUID id, UUID incidentId, UUID reportId, String text, Instant createdAt, Instant readAt) {

        public boolean read() {
            return readAt != null;
        }
    }

    public record Dissemination(Recipient recipient, String by, Instant at) {
    }

    public record Read(String reader, String readerAgency, Instant at) {
    }

    static final String OWNER_INCIDENT = "INCIDENT";
    static final String OWNER_INTELLIGENCE = "INTELLIGENCE";

    private final JdbcClient jdbc;
    /** The border's zone: date filters and months are its local days. */
    private final java.time.ZoneId zone;

    IncidentRepository(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.zone = clock.getZone();
    }

    // ---- types

    public List<IncidentType> types() {
        return jdbc.sql("SELECT code, label, active FROM incident_type ORDER BY label")
                .query((rs, n) -> new IncidentType(rs.getString("code"), rs.getString("label"), rs.getBoolean("active")))
                .list();
    }

    public Optional<IncidentType> type(IncidentTypeCode code) {
        return types().stream().filter(t -> t.code().equals(code.value())).findFirst();
    }

    public boolean addType(IncidentTypeCode code, String label) {
        if (type(code).isPresent()) {
            return false;
        }
        jdbc.sql("INSERT INTO incident_type (code, label, active, version) VALUES (:c, :l, TRUE, 0)")
                .param("c", code.value()).param("l", label).update();
        return true;
    }

    // ---- incidents

    public void insert(Incident i) {
        jdbc.sql("""
                INSERT INTO incident (id, type_code, occurred_at, port_code, place, reported_by, reporting_agency,
                    description, severity, status, lead_agency, reported_at, version)
                VALUES (:id, :type, :occurred, :port, :place, :by, :agency, :description, :severity, :status, :lead,
                    :reportedAt, 0)""")
                .param("id", i.id().value()).param("type", i.type().value()).param("occurred", ts(i.occurredAt()))
                .param("port", i.port() == null ? null : i.port().value()).param("place", i.place())
                .param("by", i.reportedBy()).param("agency", i.reportingAgency().value())
                .param("description", i.description()).param("severity", i.severity().name())
                .param("status", i.status().name()).param("lead", i.leadAgency().value())
                .param("reportedAt", ts(i.reportedAt()))
                .update();
        writeAgencies(i);
    }

    /** Writes the incident if the stored version is still {@code i.version()}; false when someone else changed it. */
    public boolean update(Incident i) {
        int rows = jdbc.sql("""
                UPDATE incident SET type_code = :type, occurred_at = :occurred, port_code = :port, place = :place,
                    description = :description, severity = :severity, status = :status, lead_agency = :lead,
                    version = version + 1
                WHERE id = :id AND version = :version""")
                .param("type", i.type().value()).param("occurred", ts(i.occurredAt()))
                .param("port", i.port() == null ? null : i.port().value()).param("place", i.place())
                .param("description", i.description()).param("severity", i.severity().name())
                .param("status", i.status().name()).param("lead", i.leadAgency().value())
                .param("id", i.id().value()).param("version", i.version())
                .update();
        if (rows == 1) {
            writeAgencies(i);
        }
        return rows == 1;
    }

    private void writeAgencies(Incident i) {
        jdbc.sql("DELETE FROM incident_agency WHERE incident_id = :id").param("id", i.id().value()).update();
        for (AgencyCode a : i.participatingAgencies()) {
            jdbc.sql("INSERT INTO incident_agency (incident_id, agency_code) VALUES (:id, :a)")
                    .param("id", i.id().value()).param("a", a.value()).update();
        }
    }

    public Optional<Incident> find(IncidentId id) {
        return load("SELECT * FROM incident WHERE id = :id", Map.of("id", id.value())).stream().findFirst();
    }

    /**
     * Incidents the officer may see (lead or participating agency, or reported by them), filtered.
     * Visibility is part of the query so that nothing the officer may not see is ever counted.
     */
    public List<Incident> visible(String username, AgencyCode agency, IncidentFilter f) {
        StringBuilder sql = new StringBuilder("""
                SELECT i.* FROM incident i WHERE (i.lead_agency = :agency OR i.reported_by = :user
                    OR EXISTS (SELECT 1 FROM incident_agency a WHERE a.incident_id = i.id AND a.agency_code = :agency))""");
        Map<String, Object> p = new HashMap<>();
        p.put("agency", agency.value());
        p.put("user", username);
        if (f.status() != null) {
            sql.append(" AND i.status = :status");
            p.put("status", f.status());
        } else if (f.openOnly()) {
            sql.append(" AND i.status <> 'CLOSED'");
        }
        if (f.overdueOn() != null) {
            sql.append("""
                     AND EXISTS (SELECT 1 FROM incident_task t WHERE t.incident_id = i.id AND t.completed_at IS NULL
                         AND t.due_date < :overdueOn)""");
            p.put("overdueOn", f.overdueOn());
        }
        if (f.type() != null) {
            sql.append(" AND i.type_code = :type");
            p.put("type", f.type());
        }
        if (f.port() != null) {
            sql.append(" AND i.port_code = :port");
            p.put("port", f.port());
        }
        if (f.from() != null) {
            sql.append(" AND i.occurred_at >= :from");
            p.put("from", startOf(f.from()));
        }
        if (f.to() != null) {
            sql.append(" AND i.occurred_at < :to");
            p.put("to", startOf(f.to().plusDays(1)));
        }
        if (f.text() != null) {
            sql.append("""
                     AND (LOWER(i.description) LIKE :q OR LOWER(COALESCE(i.place, '')) LIKE :q
                      OR LOWER(i.type_code) LIKE :q OR LOWER(COALESCE(i.port_code, '')) LIKE :q
                      OR EXISTS (SELECT 1 FROM incident_type t WHERE t.code = i.type_code AND LOWER(t.label) LIKE :q)
                      OR EXISTS (SELECT 1 FROM incident_link l WHERE l.owner_type = 'INCIDENT' AND l.owner_id = i.id
                         AND (LOWER(COALESCE(l.target_id, '')) LIKE :q OR LOWER(COALESCE(l.person_name, '')) LIKE :q
                              OR LOWER(COALESCE(l.note, '')) LIKE :q)))""");
            p.put("q", like(f.text()));
        }
        if (f.person() != null) {
            sql.append("""
                     AND EXISTS (SELECT 1 FROM incident_link l WHERE l.owner_type = 'INCIDENT' AND l.owner_id = i.id
                         AND l.kind IN ('PERSON', 'TRAVELLER')
                         AND (LOWER(COALESCE(l.person_name, '')) LIKE :person OR LOWER(COALESCE(l.target_id, '')) LIKE :person))""");
            p.put("person", like(f.person()));
        }
        if (f.document() != null) {
            sql.append("""
                     AND EXISTS (SELECT 1 FROM incident_link l WHERE l.owner_type = 'INCIDENT' AND l.owner_id = i.id
                         AND l.kind = 'DOCUMENT' AND LOWER(l.target_id) = :document)""");
            p.put("document", f.document().trim().toLowerCase());
        }
        sql.append(" ORDER BY i.occurred_at DESC LIMIT 500");
        return load(sql.toString(), p);
    }

    public record MonthlyCount(String month, String type, String port, long count) {
    }

    /** The instant a local day begins, as the UTC timestamp the columns hold. */
    private OffsetDateTime startOf(LocalDate day) {
        return OffsetDateTime.ofInstant(day.atStartOfDay(zone).toInstant(), ZoneOffset.UTC);
    }

    /** Grouped in Java by local month so that the same code runs on H2 and PostgreSQL without date functions. */
    public List<MonthlyCount> monthlyCounts(String username, AgencyCode agency, LocalDate from, LocalDate to) {
        Map<List<String>, Long> counts = new java.util.TreeMap<>(java.util.Comparator
                .<List<String>, String>comparing(k -> k.get(0)).thenComparing(k -> k.get(1)).thenComparing(k -> k.get(2)));
        for (Incident i : visible(username, agency, new IncidentFilter(null, null, null, from, to, null, null, false))) {
            String month = java.time.YearMonth.from(i.occurredAt().atZone(zone)).toString();
            counts.merge(List.of(month, i.type().value(), i.port() == null ? "" : i.port().value()), 1L, Long::sum);
        }
        return counts.entrySet().stream().map(e -> new MonthlyCount(e.getKey().get(0), e.getKey().get(1),
                e.getKey().get(2).isEmpty() ? null : e.getKey().get(2), e.getValue())).toList();
    }

    /**
     * What a list of incidents is narrowed to; {@code status} one status (then {@code openOnly} is moot),
     * {@code overdueOn} only incidents with an open task due before that day.
     */
    public record IncidentFilter(String text, String type, String port, LocalDate from, LocalDate to, String person,
                                 String document, boolean openOnly, String status, LocalDate overdueOn) {

        public IncidentFilter(String text, String type, String port, LocalDate from, LocalDate to, String person,
                              String document, boolean openOnly) {
            this(text, type, port, from, to, person, document, openOnly, null, null);
        }

        public IncidentFilter withStatusAndOverdue(String status, LocalDate overdueOn) {
            return new IncidentFilter(text, type, port, from, to, person, document, openOnly, status, overdueOn);
        }
        public static IncidentFilter all() {
            return new IncidentFilter(null, null, null, null, null, null, null, false);
        }
    }

    private List<Incident> load(String sql, Map<String, ?> params) {
        List<Incident> rows = jdbc.sql(sql).params(params).query(IncidentRepository::incident).list();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<UUID, Set<AgencyCode>> agencies = new HashMap<>();
        jdbc.sql("SELECT incident_id, agency_code FROM incident_agency WHERE incident_id IN (:ids)")
                .param("ids", rows.stream().map(i -> i.id().value()).toList())
                .query(rs -> {
                    agencies.computeIfAbsent(rs.getObject("incident_id", UUID.class), k -> new LinkedHashSet<>())
                            .add(new AgencyCode(rs.getString("agency_code")));
                });
        List<Incident> result = new ArrayList<>(rows.size());
        for (Incident i : rows) {
            result.add(new Incident(i.id(), i.type(), i.occurredAt(), i.port(), i.place(), i.reportedBy(),
                    i.reportingAgency(), i.description(), i.severity(), i.status(), i.leadAgency(),
                    agencies.getOrDefault(i.id().value(), Set.of()), i.reportedAt(), i.version()));
        }
        return result;
    }

    private static Incident incident(ResultSet rs, int n) throws SQLException {
        String port = rs.getString("port_code");
        return new Incident(new IncidentId(rs.getObject("id", UUID.class)), new IncidentTypeCode(rs.getString("type_code")),
                instant(rs, "occurred_at"), port == null ? null : new PortCode(port), rs.getString("place"),
                rs.getString("reported_by"), new AgencyCode(rs.getString("reporting_agency")), rs.getString("description"),
                Severity.valueOf(rs.getString("severity")), IncidentStatus.valueOf(rs.getString("status")),
                new AgencyCode(rs.getString("lead_agency")), Set.of(), instant(rs, "reported_at"), rs.getLong("version"));
    }

    public long currentVersion(IncidentId id) {
        return jdbc.sql("SELECT version FROM incident WHERE id = :id").param("id", id.value()).query(Long.class).single();
    }

    // ---- links

    public void addLink(String ownerType, UUID owner, RecordLink link, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO incident_link (id, owner_type, owner_id, kind, target_id, person_name, date_of_birth, note,
                    added_by, added_at) VALUES (:id, :ownerType, :owner, :kind, :target, :name, :dob, :note, :by, :at)""")
                .param("id", UUID.randomUUID()).param("ownerType", ownerType).param("owner", owner)
                .param("kind", link.kind().name()).param("target", link.targetId()).param("name", link.personName())
                .param("dob", link.dateOfBirth()).param("note", link.note()).param("by", by).param("at", ts(at))
                .update();
    }

    public List<RecordLink> links(String ownerType, UUID owner) {
        return jdbc.sql("SELECT * FROM incident_link WHERE owner_type = :t AND owner_id = :o ORDER BY added_at, id")
                .param("t", ownerType).param("o", owner)
                .query((rs, n) -> new RecordLink(LinkKind.valueOf(rs.getString("kind")), rs.getString("target_id"),
                        rs.getString("person_name"), rs.getObject("date_of_birth", LocalDate.class), rs.getString("note")))
                .list();
    }

    // ---- attachments

    public record AttachmentInfo(UUID id, String filename, String mediaType, long size, String addedBy, Instant addedAt) {
    }

    public void addAttachment(IncidentId incident, AttachmentInfo info, byte[] content) {
        jdbc.sql("""
                INSERT INTO incident_attachment (id, incident_id, filename, media_type, size_bytes, content, added_by, added_at)
                VALUES (:id, :i, :name, :type, :size, :content, :by, :at)""")
                .param("id", info.id()).param("i", incident.value()).param("name", info.filename())
                .param("type", info.mediaType()).param("size", info.size()).param("content", content)
                .param("by", info.addedBy()).param("at", ts(info.addedAt())).update();
    }

    public List<AttachmentInfo> attachments(IncidentId incident) {
        return jdbc.sql("SELECT id, filename, media_type, size_bytes, added_by, added_at FROM incident_attachment WHERE incident_id = :i ORDER BY added_at, id")
                .param("i", incident.value())
                .query((rs, n) -> new AttachmentInfo(rs.getObject("id", UUID.class), rs.getString("filename"),
                        rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("added_by"), instant(rs, "added_at")))
                .list();
    }

    public Optional<byte[]> attachmentContent(IncidentId incident, UUID id) {
        return jdbc.sql("SELECT content FROM incident_attachment WHERE incident_id = :i AND id = :id")
                .param("i", incident.value()).param("id", id)
                .query((rs, n) -> rs.getBytes("content")).optional();
    }

    // ---- tasks

    public void insert(IncidentTask t) {
        jdbc.sql("""
                INSERT INTO incident_task (id, incident_id, title, assigned_agency, assigned_officer, due_date, created_by,
                    created_at) VALUES (:id, :incident, :title, :agency, :officer, :due, :by, :at)""")
                .param("id", t.id()).param("incident", t.incident().value()).param("title", t.title())
                .param("agency", t.assignedAgency().value()).param("officer", t.assignedOfficer())
                .param("due", t.dueDate()).param("by", t.createdBy()).param("at", ts(t.createdAt()))
                .update();
    }

    /** Marks the task completed unless someone already did; false when it was already completed. */
    public boolean complete(IncidentTask t) {
        return jdbc.sql("""
                UPDATE incident_task SET completed_at = :at, completed_by = :by, outcome = :outcome
                WHERE id = :id AND completed_at IS NULL""")
                .param("at", ts(t.completedAt())).param("by", t.completedBy()).param("outcome", t.outcome())
                .param("id", t.id()).update() == 1;
    }

    public List<IncidentTask> tasks(IncidentId incident) {
        return jdbc.sql("SELECT * FROM incident_task WHERE incident_id = :i ORDER BY created_at, id")
                .param("i", incident.value()).query(IncidentRepository::task).list();
    }

    public List<IncidentTask> openTasksOf(AgencyCode agency) {
        return jdbc.sql("SELECT * FROM incident_task WHERE assigned_agency = :a AND completed_at IS NULL ORDER BY due_date, created_at")
                .param("a", agency.value()).query(IncidentRepository::task).list();
    }

    private static IncidentTask task(ResultSet rs, int n) throws SQLException {
        return new IncidentTask(rs.getObject("id", UUID.class), new IncidentId(rs.getObject("incident_id", UUID.class)),
                rs.getString("title"), new AgencyCode(rs.getString("assigned_agency")), rs.getString("assigned_officer"),
                rs.getObject("due_date", LocalDate.class), rs.getString("created_by"), instant(rs, "created_at"),
                instant(rs, "completed_at"), rs.getString("completed_by"), rs.getString("outcome"));
    }

    // ---- log and notifications

    public void log(IncidentId incident, Instant at, String actor, String kind, String text) {
        jdbc.sql("INSERT INTO incident_log (id, incident_id, at, actor, kind, text) VALUES (:id, :i, :at, :actor, :kind, :text)")
                .param("id", UUID.randomUUID()).param("i", incident.value()).param("at", ts(at)).param("actor", actor)
                .param("kind", kind).param("text", text.length() > 4000 ? text.substring(0, 4000) : text).update();
    }

    public List<LogEntry> log(IncidentId incident) {
        return jdbc.sql("SELECT * FROM incident_log WHERE incident_id = :i ORDER BY at, kind")
                .param("i", incident.value())
                .query((rs, n) -> new LogEntry(instant(rs, "at"), rs.getString("actor"), rs.getString("kind"), rs.getString("text")))
                .list();
    }

    public void notify(AgencyCode agency, String officer, IncidentId incident, String text, Instant at) {
        jdbc.sql("""
                INSERT INTO incident_notification (id, agency_code, officer, incident_id, text, created_at)
                VALUES (:id, :a, :o, :i, :text, :at)""")
                .param("id", UUID.randomUUID()).param("a", agency.value()).param("o", officer)
                .param("i", incident.value()).param("text", text).param("at", ts(at)).update();
    }

    public void notifyReport(AgencyCode agency, String officer, IntelligenceReportId report, String text, Instant at) {
        jdbc.sql("""
                INSERT INTO incident_notification (id, agency_code, officer, report_id, text, created_at)
                VALUES (:id, :a, :o, :r, :text, :at)""")
                .param("id", UUID.randomUUID()).param("a", agency.value()).param("o", officer)
                .param("r", report.value()).param("text", text).param("at", ts(at)).update();
    }

    public List<Notification> notificationsFor(String username, AgencyCode agency, boolean unreadOnly) {
        return jdbc.sql("""
                SELECT n.*, r.read_at FROM incident_notification n
                LEFT JOIN incident_notification_read r ON r.notification_id = n.id AND r.officer = :u
                WHERE ((n.officer = :u) OR (n.officer IS NULL AND n.agency_code = :a))"""
                + (unreadOnly ? " AND r.read_at IS NULL" : "") + " ORDER BY n.created_at DESC LIMIT 50")
                .param("u", username).param("a", agency.value())
                .query((rs, n) -> new Notification(rs.getObject("id", UUID.class), rs.getObject("incident_id", UUID.class),
                        rs.getObject("report_id", UUID.class), rs.getString("text"), instant(rs, "created_at"),
                        instant(rs, "read_at")))
                .list();
    }

    /** Whether the notification is addressed to the officer (by name, or to their agency when no officer is named). */
    public boolean addressedTo(UUID notification, String username, AgencyCode agency) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM incident_notification
                WHERE id = :id AND ((officer = :u) OR (officer IS NULL AND agency_code = :a))""")
                .param("id", notification).param("u", username).param("a", agency.value()).query(Long.class).single() > 0;
    }

    /** Marks it read for this officer; reading it again keeps the first time. */
    public void markRead(UUID notification, String username, Instant at) {
        jdbc.sql("""
                INSERT INTO incident_notification_read (notification_id, officer, read_at)
                SELECT :id, :u, :at FROM incident_notification n WHERE n.id = :id AND NOT EXISTS
                    (SELECT 1 FROM incident_notification_read r WHERE r.notification_id = :id AND r.officer = :u)""")
                .param("id", notification).param("u", username).param("at", ts(at)).update();
    }

    // ---- intelligence

    public void insert(IntelligenceReport r) {
        jdbc.sql("""
                INSERT INTO intelligence_report (id, originator, originator_agency, report_date, subject, content,
                    grading_scheme, source_grade, information_grade, handling_code, may_be_passed_on, permitted_agencies,
                    sanitised_summary, sensitivity, created_at, version)
                VALUES (:id, :originator, :agency, :date, :subject, :content, :scheme, :source, :info, :handling,
                    :passOn, :permitted, :summary, :sensitivity, :at, 0)""")
                .param("id", r.id().value()).param("originator", r.originator())
                .param("agency", r.originatorAgency().value()).param("date", r.reportDate())
                .param("subject", r.subject()).param("content", r.content())
                .param("scheme", r.grading().scheme().name()).param("source", r.grading().source())
                .param("info", r.grading().information()).param("handling", r.grading().handling())
                .param("passOn", r.handling().mayBePassedOn())
                .param("permitted", r.handling().permittedAgencies().stream().map(AgencyCode::value).sorted()
                        .collect(Collectors.joining(",")))
                .param("summary", r.handling().sanitisedSummary()).param("sensitivity", r.sensitivity().name())
                .param("at", ts(r.createdAt()))
                .update();
        for (RecordLink l : r.links()) {
            addLink(OWNER_INTELLIGENCE, r.id().value(), l, r.originator(), r.createdAt());
        }
    }

    public Optional<IntelligenceReport> findReport(IntelligenceReportId id) {
        return loadReports("SELECT * FROM intelligence_report WHERE id = :id", Map.of("id", id.value())).stream().findFirst();
    }

    /** Reports in the officer's circle: originated by them, or disseminated to them or to their agency. */
    public List<IntelligenceReport> reportsInCircle(String username, AgencyCode agency, String text) {
        StringBuilder sql = new StringBuilder("""
                SELECT r.* FROM intelligence_report r WHERE (r.originator = :user OR EXISTS (
                    SELECT 1 FROM intelligence_dissemination d WHERE d.report_id = r.id AND (d.recipient_officer = :user
                        OR (d.recipient_officer IS NULL AND d.recipient_agency = :agency))))""");
        Map<String, Object> p = new HashMap<>();
        p.put("user", username);
        p.put("agency", agency.value());
        if (text != null) {
            sql.append("""
                     AND (LOWER(r.subject) LIKE :q OR LOWER(r.content) LIKE :q
                      OR EXISTS (SELECT 1 FROM incident_link l WHERE l.owner_type = 'INTELLIGENCE' AND l.owner_id = r.id
                         AND (LOWER(COALESCE(l.target_id, '')) LIKE :q OR LOWER(COALESCE(l.person_name, '')) LIKE :q)))""");
            p.put("q", like(text));
        }
        sql.append(" ORDER BY r.report_date DESC, r.created_at DESC LIMIT 500");
        return loadReports(sql.toString(), p);
    }

    private List<IntelligenceReport> loadReports(String sql, Map<String, ?> params) {
        return jdbc.sql(sql).params(params).query((rs, n) -> {
            UUID id = rs.getObject("id", UUID.class);
            String permitted = rs.getString("permitted_agencies");
            Set<AgencyCode> agencies = permitted == null || permitted.isBlank() ? Set.of()
                    : Arrays.stream(permitted.split(",")).map(AgencyCode::new).collect(Collectors.toSet());
            return new IntelligenceReport(new IntelligenceReportId(id), rs.getString("originator"),
                    new AgencyCode(rs.getString("originator_agency")), rs.getObject("report_date", LocalDate.class),
                    rs.getString("subject"), rs.getString("content"),
                    new Grading(GradingScheme.valueOf(rs.getString("grading_scheme")), rs.getString("source_grade"),
                            rs.getString("information_grade"), rs.getString("handling_code")),
                    new HandlingConditions(agencies, rs.getBoolean("may_be_passed_on"), rs.getString("sanitised_summary")),
                    Sensitivity.valueOf(rs.getString("sensitivity")), List.of(), instant(rs, "created_at"),
                    rs.getLong("version"));
        }).list().stream().map(r -> new IntelligenceReport(r.id(), r.originator(), r.originatorAgency(), r.reportDate(),
                r.subject(), r.content(), r.grading(), r.handling(), r.sensitivity(),
                links(OWNER_INTELLIGENCE, r.id().value()), r.createdAt(), r.version())).toList();
    }

    public void disseminate(IntelligenceReportId id, Recipient to, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO intelligence_dissemination (id, report_id, recipient_agency, recipient_officer, disseminated_by,
                    disseminated_at) VALUES (:id, :r, :a, :o, :by, :at)""")
                .param("id", UUID.randomUUID()).param("r", id.value()).param("a", to.agency().value())
                .param("o", to.officer()).param("by", by).param("at", ts(at)).update();
    }

    public List<Dissemination> disseminations(IntelligenceReportId id) {
        return jdbc.sql("SELECT * FROM intelligence_dissemination WHERE report_id = :r ORDER BY disseminated_at, id")
                .param("r", id.value())
                .query((rs, n) -> new Dissemination(new Recipient(new AgencyCode(rs.getString("recipient_agency")),
                        rs.getString("recipient_officer")), rs.getString("disseminated_by"), instant(rs, "disseminated_at")))
                .list();
    }

    public void recordRead(IntelligenceReportId id, String reader, AgencyCode agency, Instant at) {
        jdbc.sql("INSERT INTO intelligence_read (id, report_id, reader, reader_agency, read_at) VALUES (:id, :r, :u, :a, :at)")
                .param("id", UUID.randomUUID()).param("r", id.value()).param("u", reader).param("a", agency.value())
                .param("at", ts(at)).update();
    }

    public List<Read> reads(IntelligenceReportId id) {
        return jdbc.sql("SELECT * FROM intelligence_read WHERE report_id = :r ORDER BY read_at, id")
                .param("r", id.value())
                .query((rs, n) -> new Read(rs.getString("reader"), rs.getString("reader_agency"), instant(rs, "read_at")))
                .list();
    }

    private static String like(String text) {
        String escaped = text.trim().toLowerCase().replace("\\", "").replace("%", "");
        return "%" + escaped + "%";
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static OffsetDateTime ts(Instant i) {
        return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}

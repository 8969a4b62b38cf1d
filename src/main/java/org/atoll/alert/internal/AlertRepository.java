package org.atoll.alert.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.atoll.access.AgencyCode;
import org.atoll.alert.model.Alert;
import org.atoll.alert.model.AlertContent;
import org.atoll.alert.model.AlertFields;
import org.atoll.alert.model.AlertFieldsReader;
import org.atoll.alert.model.AlertId;
import org.atoll.alert.model.AlertStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * Alerts in SQL: the searchable columns beside the content as a JSON document ({@link AlertFields}),
 * every version in {@code alert_version}, and one row in the change feed per change.
 */
@Repository
class AlertRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AlertRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    record Filter(String text, AlertStatus status, String category, String agency, String kind) {
    }

    void insert(Alert alert, AlertVersion first) {
        AlertContent c = alert.content();
        jdbc.sql("""
                INSERT INTO alert (id, kind, status, source, external_reference, category, owning_agency, action_on_hit,
                    sensitivity, shared_in_full, valid_from, valid_until, review_date, title, search_text, content,
                    created_at, created_by, updated_at, updated_by, version)
                VALUES (:id, :kind, :status, :source, :reference, :category, :owner, :action, :sensitivity, :inFull,
                    :validFrom, :validUntil, :reviewDate, :title, :search, :content, :createdAt, :createdBy,
                    :updatedAt, :updatedBy, :version)""")
                .params(columns(alert))
                .param("createdAt", ts(alert.createdAt())).param("createdBy", alert.createdBy())
                .update();
        writeShares(alert);
        insertVersion(first);
        recordChange(alert.id(), alert.version(), alert.updatedAt());
    }

    /** Stores the next version if the stored one is still {@code expectedVersion}; false when someone else changed it. */
    boolean update(Alert alert, long expectedVersion, AlertVersion record) {
        int rows = jdbc.sql("""
                UPDATE alert SET status = :status, external_reference = :reference, category = :category,
                    owning_agency = :owner, action_on_hit = :action, sensitivity = :sensitivity, shared_in_full = :inFull,
                    valid_from = :validFrom, valid_until = :validUntil, review_date = :reviewDate, title = :title,
                    search_text = :search, content = :content, updated_at = :updatedAt, updated_by = :updatedBy,
                    version = :version
                WHERE id = :id AND version = :expected""")
                .params(columns(alert)).param("expected", expectedVersion)
                .update();
        if (rows != 1) {
            return false;
        }
        writeShares(alert);
        insertVersion(record);
        recordChange(alert.id(), alert.version(), alert.updatedAt());
        return true;
    }

    Optional<Alert> find(AlertId id) {
        return jdbc.sql("SELECT * FROM alert WHERE id = :id").param("id", id.value()).query(this::alert).optional();
    }

    Optional<Alert> findByReference(String source, AgencyCode owner, String reference) {
        return jdbc.sql("SELECT * FROM alert WHERE source = :source AND owning_agency = :owner AND external_reference = :ref")
                .param("source", source).param("owner", owner.value()).param("ref", reference)
                .query(this::alert).optional();
    }

    /** A published list's alerts are one per reference, whichever agency imported them. */
    Optional<Alert> findByListReference(String source, String reference) {
        return jdbc.sql("SELECT * FROM alert WHERE source = :source AND external_reference = :ref")
                .param("source", source).param("ref", reference).query(this::alert).list().stream().findFirst();
    }

    /** A published list's alerts that one agency imported and that are not withdrawn, for finding the delisted. */
    List<Alert> listAlertsNotWithdrawn(String source, AgencyCode owner) {
        return jdbc.sql("SELECT * FROM alert WHERE source = :source AND owning_agency = :owner AND status <> 'WITHDRAWN'"
                        + " ORDER BY external_reference")
                .param("source", source).param("owner", owner.value()).query(this::alert).list();
    }

    List<Alert> findAll(List<AlertId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM alert WHERE id IN (:ids)").param("ids", ids.stream().map(AlertId::value).toList())
                .query(this::alert).list();
    }

    /** Streams every active alert, for building a node's screening index. */
    void forEachActive(Consumer<Alert> each) {
        try (var rows = jdbc.sql("SELECT * FROM alert WHERE status = 'ACTIVE'").query(this::alert).stream()) {
            rows.forEach(each);
        }
    }

    /** Alerts the viewer's agency may see (owned, shared with it, or shared in full), newest change first. */
    List<AlertSummary> search(Filter filter, Optional<AgencyCode> viewerAgency, int limit, int offset) {
        StringBuilder sql = new StringBuilder("SELECT * FROM alert a WHERE ");
        Map<String, Object> params = new LinkedHashMap<>();
        sql.append(visibleTo(viewerAgency, params));
        if (filter.status() != null) {
            sql.append(" AND a.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.category() != null) {
            sql.append(" AND a.category = :category");
            params.put("category", filter.category());
        }
        if (filter.agency() != null) {
            sql.append(" AND a.owning_agency = :agency");
            params.put("agency", filter.agency());
        }
        if (filter.kind() != null) {
            sql.append(" AND a.kind = :kind");
            params.put("kind", filter.kind());
        }
        int w = 0;
        for (String word : searchText(filter.text() == null ? "" : filter.text()).split(" ")) {
            if (word.isBlank()) continue;
            sql.append(" AND a.search_text LIKE :w").append(w);
            params.put("w" + w, "%" + word.replace("%", "").replace("_", "") + "%");
            if (++w == 6) break;
        }
        sql.append(" ORDER BY a.updated_at DESC, a.id LIMIT ").append(limit).append(" OFFSET ").append(offset);
        return jdbc.sql(sql.toString()).params(params).query(AlertRepository::summary).list();
    }

    /** Active and draft alerts of the agency whose review falls on or before {@code until}, most overdue first. */
    List<AlertSummary> dueForReview(AgencyCode agency, LocalDate until) {
        return jdbc.sql("""
                SELECT * FROM alert a WHERE a.owning_agency = :agency AND a.status IN ('ACTIVE', 'DRAFT')
                AND a.review_date <= :until ORDER BY a.review_date, a.external_reference""")
                .param("agency", agency.value()).param("until", until)
                .query(AlertRepository::summary).list();
    }

    /** Active alerts whose validity ended before {@code today}, for the expiry job. */
    List<AlertId> activeEndedBefore(LocalDate today) {
        return jdbc.sql("SELECT id FROM alert WHERE status = 'ACTIVE' AND valid_until < :today")
                .param("today", today).query((rs, n) -> new AlertId(rs.getObject(1, UUID.class))).list();
    }

    List<AlertVersion> history(AlertId id) {
        return jdbc.sql("SELECT * FROM alert_version WHERE alert_id = :id ORDER BY version")
                .param("id", id.value()).query(this::versionRecord).list();
    }

    /** One stored version of an alert (who made it, what kind of change, why). */
    Optional<AlertVersion> version(AlertId id, long version) {
        return jdbc.sql("SELECT * FROM alert_version WHERE alert_id = :id AND version = :version")
                .param("id", id.value()).param("version", version).query(this::versionRecord).optional();
    }

    record Change(long id, AlertId alertId) {
    }

    List<Change> changesAfter(long lastSeen, List<Long> missing, int limit) {
        String sql = "SELECT id, alert_id FROM alert_change WHERE id > :last"
                + (missing.isEmpty() ? "" : " OR id IN (:missing)") + " ORDER BY id LIMIT " + limit;
        var spec = jdbc.sql(sql).param("last", lastSeen);
        if (!missing.isEmpty()) {
            spec = spec.param("missing", missing);
        }
        return spec.query((rs, n) -> new Change(rs.getLong(1), new AlertId(rs.getObject(2, UUID.class)))).list();
    }

    long lastChangeId() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM alert_change").query(Long.class).single();
    }

    private void insertVersion(AlertVersion r) {
        jdbc.sql("""
                INSERT INTO alert_version (alert_id, version, status, change_kind, changed_fields, change_reason, content,
                    changed_by, changed_by_agency, changed_at)
                VALUES (:id, :version, :status, :kind, :fields, :reason, :content, :by, :agency, :at)""")
                .param("id", r.alertId().value()).param("version", r.version()).param("status", r.status().name())
                .param("kind", r.changeKind()).param("fields", String.join(",", r.changedFields()))
                .param("reason", r.changeReason()).param("content", json.writeValueAsString(r.content()))
                .param("by", r.changedBy()).param("agency", r.changedByAgency()).param("at", ts(r.changedAt()))
                .update();
    }

    private void recordChange(AlertId id, long version, Instant at) {
        jdbc.sql("INSERT INTO alert_change (alert_id, alert_version, changed_at) VALUES (:id, :version, :at)")
                .param("id", id.value()).param("version", version).param("at", ts(at)).update();
    }

    private void writeShares(Alert alert) {
        jdbc.sql("DELETE FROM alert_share WHERE alert_id = :id").param("id", alert.id().value()).update();
        for (String agency : alert.content().sharing().agencyCodes()) {
            jdbc.sql("INSERT INTO alert_share (alert_id, agency_code) VALUES (:id, :agency)")
                    .param("id", alert.id().value()).param("agency", agency).update();
        }
    }

    static String visibleTo(Optional<AgencyCode> agency, Map<String, Object> params) {
        if (agency.isEmpty()) {
            return "a.shared_in_full = TRUE";
        }
        params.put("viewerAgency", agency.get().value());
        return "(a.owning_agency = :viewerAgency OR a.shared_in_full = TRUE OR EXISTS (SELECT 1 FROM alert_share s "
                + "WHERE s.alert_id = a.id AND s.agency_code = :viewerAgency))";
    }

    private Map<String, Object> columns(Alert alert) {
        AlertContent c = alert.content();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", alert.id().value());
        p.put("kind", c.kind().name());
        p.put("status", alert.status().name());
        p.put("source", alert.source());
        p.put("reference", c.externalReference());
        p.put("category", c.category().name());
        p.put("owner", c.owningAgency().value());
        p.put("action", c.actionOnHit().name());
        p.put("sensitivity", c.sensitivity().name());
        p.put("inFull", c.sharing().inFull());
        p.put("validFrom", c.validFrom());
        p.put("validUntil", c.validUntil());
        p.put("reviewDate", c.reviewDate());
        String title = c.title();
        p.put("title", title.length() <= 300 ? title : title.substring(0, 300));
        p.put("search", searchText(searchable(c)));
        p.put("content", json.writeValueAsString(c.toFields()));
        p.put("updatedAt", ts(alert.updatedAt()));
        p.put("updatedBy", alert.updatedBy());
        p.put("version", alert.version());
        return p;
    }

    private static String searchable(AlertContent c) {
        StringBuilder b = new StringBuilder(c.externalReference());
        if (c.person() != null) {
            c.person().names().forEach(n -> b.append(' ').append(n.text()));
            c.person().documents().forEach(d -> b.append(' ').append(d.number()));
        }
        if (c.document() != null) {
            b.append(' ').append(c.document().number());
            if (c.document().holderName() != null) b.append(' ').append(c.document().holderName());
        }
        return b.toString();
    }

    /** Lower case without accents, so "José" finds "JOSE". */
    static String searchText(String s) {
        String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    private Alert alert(ResultSet rs, int n) throws SQLException {
        AlertFields fields = json.readValue(rs.getString("content"), AlertFields.class);
        return new Alert(new AlertId(rs.getObject("id", UUID.class)), rs.getLong("version"),
                AlertStatus.valueOf(rs.getString("status")), rs.getString("source"), AlertFieldsReader.readStored(fields),
                instant(rs, "created_at"), rs.getString("created_by"), instant(rs, "updated_at"), rs.getString("updated_by"));
    }

    private static AlertSummary summary(ResultSet rs, int n) throws SQLException {
        return new AlertSummary(new AlertId(rs.getObject("id", UUID.class)), rs.getString("kind"),
                AlertStatus.valueOf(rs.getString("status")), rs.getString("source"), rs.getString("external_reference"),
                rs.getString("category"), new AgencyCode(rs.getString("owning_agency")), rs.getString("action_on_hit"),
                rs.getString("title"), rs.getObject("valid_until", LocalDate.class), rs.getObject("review_date", LocalDate.class),
                rs.getString("sensitivity"), rs.getLong("version"));
    }

    private AlertVersion versionRecord(ResultSet rs, int n) throws SQLException {
        String fields = rs.getString("changed_fields");
        return new AlertVersion(new AlertId(rs.getObject("alert_id", UUID.class)), rs.getLong("version"),
                AlertStatus.valueOf(rs.getString("status")), rs.getString("change_kind"),
                fields == null || fields.isEmpty() ? List.of() : List.of(fields.split(",")), rs.getString("change_reason"),
                json.readValue(rs.getString("content"), AlertFields.class), rs.getString("changed_by"),
                rs.getString("changed_by_agency"), instant(rs, "changed_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static OffsetDateTime ts(Instant i) {
        return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    static List<String> splitKeys(String keys) {
        List<String> out = new ArrayList<>();
        if (keys != null) {
            for (String k : keys.split(" ")) {
                if (!k.isBlank()) out.add(k);
            }
        }
        return out;
    }
}

package org.atoll.alert.internal;

import static org.atoll.alert.internal.AlertRepository.instant;
import static org.atoll.alert.internal.AlertRepository.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.atoll.access.AgencyCode;
import org.atoll.alert.model.AlertId;
import org.atoll.alert.model.AlertKind;
import org.atoll.alert.model.Disposition;
import org.atoll.alert.model.HitId;
import org.atoll.alert.screening.SuppressionKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** Hits, known false positives and the owning agencies' notifications, in SQL. */
@Repository
class HitRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    HitRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A hit as recorded: the new one, or the pending hit an earlier screening made, screened once more. */
    record Recorded(HitId id, boolean screenedAgain) {
    }

    /**
     * Records a new pending hit, or counts one more screening on the pending hit that the same
     * agency's screening of the same traveller already made for this alert version and kind. The
     * database holds one pending hit per key (unique index on {@code pending_key}): when another
     * screening inserts the same key first, this insert does nothing (waiting, if need be, for the
     * other transaction to end) and the other's hit is taken instead.
     */
    Recorded recordPending(HitRecord fresh, String travellerKey) {
        String key = pendingKey(fresh.alertId(), fresh.alertVersion(), fresh.kind(), travellerKey, fresh.screenedByAgency());
        for (int attempt = 0; attempt < 5; attempt++) {
            Optional<HitId> pending = pendingHit(key);
            if (pending.isPresent()) {
                if (screenedAgain(pending.get(), key, fresh.screenedAt())) {
                    return new Recorded(pending.get(), true);
                }
                continue; // disposed of meanwhile: the key is free again
            }
            if (insert(fresh, travellerKey, key)) {
                return new Recorded(fresh.id(), false);
            }
            // another screening recorded it first (and has committed): take that one
        }
        throw new IllegalStateException("No pending hit could be recorded or found for " + key);
    }

    /**
     * What makes a pending hit the same: alert, alert version, kind, traveller (the key screening
     * derives from documents or details) and the screening agency ({@code ""} for none).
     */
    static String pendingKey(AlertId alert, long alertVersion, AlertKind kind, String travellerKey, String agency) {
        return alert.value() + "|" + alertVersion + "|" + kind.name() + "|" + travellerKey + "|" + (agency == null ? "" : agency);
    }

    /**
     * Inserts a pending hit with its pending key; false, inserting nothing, when a pending hit with
     * that key exists ({@code ON CONFLICT DO NOTHING}: PostgreSQL, and H2 in PostgreSQL mode).
     */
    private boolean insert(HitRecord h, String travellerKey, String pendingKey) {
        return jdbc.sql("""
                INSERT INTO alert_hit (id, alert_id, alert_version, kind, score, band, matched_name, explanation, review_overdue,
                    traveller, traveller_name, traveller_document_keys, screened_at, screened_by, screened_by_agency,
                    disposition, version, traveller_key, times_screened, last_screened_at, pending_key)
                VALUES (:id, :alert, :alertVersion, :kind, :score, :band, :matched, :explanation, :overdue, :traveller,
                    :travellerName, :keys, :at, :by, :agency, :disposition, 0, :travellerKey, 1, :at, :pendingKey)
                ON CONFLICT DO NOTHING""")
                .param("travellerKey", travellerKey).param("pendingKey", pendingKey)
                .param("id", h.id().value()).param("alert", h.alertId().value()).param("alertVersion", h.alertVersion())
                .param("kind", h.kind().name()).param("score", h.score()).param("band", h.band())
                .param("matched", truncate(h.matchedName(), 300))
                .param("explanation", h.explanation() == null ? null : json.writeValueAsString(h.explanation()))
                .param("overdue", h.reviewOverdue()).param("traveller", json.writeValueAsString(h.traveller()))
                .param("travellerName", truncate(h.traveller().displayName(), 300))
                .param("keys", truncate(String.join(" ", h.travellerDocumentKeys()), 800))
                .param("at", ts(h.screenedAt())).param("by", h.screenedBy()).param("agency", h.screenedByAgency())
                .param("disposition", h.disposition().name())
                .update() == 1;
    }

    /** The pending hit with this pending key, if there is one. */
    private Optional<HitId> pendingHit(String pendingKey) {
        return jdbc.sql("SELECT id FROM alert_hit WHERE pending_key = :key")
                .param("key", pendingKey).query((rs, n) -> new HitId(rs.getObject(1, UUID.class))).optional();
    }

    /** Counts one more screening that found this hit again, if it is still the pending hit of the key. */
    private boolean screenedAgain(HitId id, String pendingKey, Instant at) {
        return jdbc.sql("""
                UPDATE alert_hit SET times_screened = times_screened + 1, last_screened_at = :at
                WHERE id = :id AND pending_key = :key""")
                .param("at", ts(at)).param("id", id.value()).param("key", pendingKey).update() == 1;
    }

    /** How often the hit was screened, and when last. */
    record Screenings(int times, Instant last) {
    }

    Screenings screenings(HitId id) {
        return jdbc.sql("SELECT times_screened, last_screened_at, screened_at FROM alert_hit WHERE id = :id")
                .param("id", id.value())
                .query((rs, n) -> new Screenings(rs.getInt(1), instant(rs, "last_screened_at") == null
                        ? instant(rs, "screened_at") : instant(rs, "last_screened_at"))).single();
    }

    Optional<HitRecord> find(HitId id) {
        return jdbc.sql("SELECT * FROM alert_hit WHERE id = :id").param("id", id.value()).query(this::hit).optional();
    }

    /**
     * Hits the viewer's agency may work on: those its officers screened, and those on alerts it
     * owns or that are shared with it. Oldest first, so the queue is worked in order.
     */
    List<HitRecord> queue(Disposition disposition, Optional<AgencyCode> agency, int limit, int offset) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder("SELECT h.* FROM alert_hit h JOIN alert a ON a.id = h.alert_id WHERE (")
                .append(AlertRepository.visibleTo(agency, params));
        if (agency.isPresent()) {
            sql.append(" OR h.screened_by_agency = :viewerAgency");
        }
        sql.append(")");
        if (disposition != null) {
            sql.append(" AND h.disposition = :disposition");
            params.put("disposition", disposition.name());
        }
        sql.append(" ORDER BY h.screened_at, h.id LIMIT ").append(limit).append(" OFFSET ").append(offset);
        return jdbc.sql(sql.toString()).params(params).query(this::hit).list();
    }

    /** Settles the hit (never back to PENDING): it is no longer the pending hit of its key, so its key is freed. */
    boolean dispose(HitId id, Disposition disposition, String note, String by, Instant at, long expectedVersion) {
        return jdbc.sql("""
                UPDATE alert_hit SET disposition = :disposition, disposition_note = :note, disposed_by = :by,
                    disposed_at = :at, version = version + 1, pending_key = NULL
                WHERE id = :id AND version = :version""")
                .param("disposition", disposition.name()).param("note", note).param("by", by).param("at", ts(at))
                .param("id", id.value()).param("version", expectedVersion).update() == 1;
    }

    Set<SuppressionKey> suppressionsFor(Collection<String> travellerDocumentKeys) {
        if (travellerDocumentKeys.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                SELECT alert_id, alert_version, traveller_document_key FROM alert_suppression
                WHERE traveller_document_key IN (:keys)""")
                .param("keys", List.copyOf(travellerDocumentKeys))
                .query((rs, n) -> new SuppressionKey(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3))).list());
    }

    void suppress(SuppressionKey key, HitId hit, String by, Instant at) {
        int exists = jdbc.sql("""
                SELECT COUNT(*) FROM alert_suppression WHERE alert_id = :alert AND alert_version = :version
                AND traveller_document_key = :key""")
                .param("alert", key.alertId()).param("version", key.alertVersion()).param("key", key.travellerDocumentKey())
                .query(Integer.class).single();
        if (exists == 0) {
            jdbc.sql("""
                    INSERT INTO alert_suppression (alert_id, alert_version, traveller_document_key, hit_id, created_at, created_by)
                    VALUES (:alert, :version, :key, :hit, :at, :by)""")
                    .param("alert", key.alertId()).param("version", key.alertVersion())
                    .param("key", key.travellerDocumentKey()).param("hit", hit.value()).param("at", ts(at)).param("by", by)
                    .update();
        }
    }

    /** Adds the notification unless this hit's agency has it already (a republished event must not double it). */
    void notify(AlertNotification n) {
        int exists = jdbc.sql("SELECT COUNT(*) FROM alert_notification WHERE hit_id = :hit AND agency_code = :agency")
                .param("hit", n.hitId().value()).param("agency", n.agency().value()).query(Integer.class).single();
        if (exists == 0) {
            jdbc.sql("""
                    INSERT INTO alert_notification (id, agency_code, hit_id, alert_id, message, created_at)
                    VALUES (:id, :agency, :hit, :alert, :message, :at)""")
                    .param("id", n.id()).param("agency", n.agency().value()).param("hit", n.hitId().value())
                    .param("alert", n.alertId().value()).param("message", n.message()).param("at", ts(n.createdAt()))
                    .update();
        }
    }

    List<AlertNotification> notifications(AgencyCode agency, boolean unreadOnly, int limit) {
        return jdbc.sql("SELECT * FROM alert_notification WHERE agency_code = :agency"
                        + (unreadOnly ? " AND read_at IS NULL" : "") + " ORDER BY created_at DESC LIMIT " + limit)
                .param("agency", agency.value())
                .query((rs, n) -> new AlertNotification(rs.getObject("id", UUID.class), new AgencyCode(rs.getString("agency_code")),
                        new HitId(rs.getObject("hit_id", UUID.class)), new AlertId(rs.getObject("alert_id", UUID.class)),
                        rs.getString("message"), instant(rs, "created_at"), instant(rs, "read_at"), rs.getString("read_by")))
                .list();
    }

    boolean markRead(UUID notification, AgencyCode agency, String by, Instant at) {
        return jdbc.sql("""
                UPDATE alert_notification SET read_at = :at, read_by = :by
                WHERE id = :id AND agency_code = :agency AND read_at IS NULL""")
                .param("at", ts(at)).param("by", by).param("id", notification).param("agency", agency.value()).update() == 1;
    }

    private HitRecord hit(ResultSet rs, int n) throws SQLException {
        String explanation = rs.getString("explanation");
        double score = rs.getDouble("score");
        Double scoreOrNull = rs.wasNull() ? null : score;
        return new HitRecord(new HitId(rs.getObject("id", UUID.class)), new AlertId(rs.getObject("alert_id", UUID.class)),
                rs.getLong("alert_version"), AlertKind.valueOf(rs.getString("kind")), scoreOrNull, rs.getString("band"),
                rs.getString("matched_name"), explanation == null ? null : json.readValue(explanation, HitExplanation.class),
                rs.getBoolean("review_overdue"), json.readValue(rs.getString("traveller"), TravellerDetails.class),
                AlertRepository.splitKeys(rs.getString("traveller_document_keys")), instant(rs, "screened_at"),
                rs.getString("screened_by"), rs.getString("screened_by_agency"), Disposition.valueOf(rs.getString("disposition")),
                rs.getString("disposition_note"), rs.getString("disposed_by"), instant(rs, "disposed_at"), rs.getLong("version"),
                rs.getInt("times_screened"), instant(rs, "last_screened_at") == null ? instant(rs, "screened_at")
                        : instant(rs, "last_screened_at"));
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}

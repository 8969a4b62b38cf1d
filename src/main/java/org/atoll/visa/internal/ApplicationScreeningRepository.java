package org.atoll.visa.internal;

import org.atoll.SqlColumns;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.atoll.visa.VisaApplicationId;
import org.atoll.visa.domain.AlertClearance;
import org.atoll.visa.domain.ApplicationAlertHit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The alert screening of applications and the hits the visa officer was shown, with their dispositions. */
@Repository
class ApplicationScreeningRepository {

    private final JdbcClient jdbc;

    ApplicationScreeningRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void recordScreening(VisaApplicationId application, AlertClearance.Screening screening) {
        int updated = jdbc.sql("UPDATE visa_application_screening SET screened_at = :at, screened_by = :by, failure = :failure "
                        + "WHERE application_id = :id")
                .param("at", SqlColumns.ts(screening.at())).param("by", screening.by())
                .param("failure", screening.failure().map(f -> f.length() > 1000 ? f.substring(0, 1000) : f).orElse(null))
                .param("id", application.value()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO visa_application_screening (application_id, screened_at, screened_by, failure) "
                            + "VALUES (:id, :at, :by, :failure)")
                    .param("at", SqlColumns.ts(screening.at())).param("by", screening.by())
                    .param("failure", screening.failure().map(f -> f.length() > 1000 ? f.substring(0, 1000) : f).orElse(null))
                    .param("id", application.value()).update();
        }
    }

    void insertHit(VisaApplicationId application, ApplicationAlertHit hit) {
        jdbc.sql("""
                INSERT INTO visa_application_alert_hit (hit_id, application_id, alert_id, kind, band, score, action_on_hit, contact,
                    full_view, summary, screened_at)
                VALUES (:hit, :application, :alert, :kind, :band, :score, :action, :contact, :full, :summary, :at)""")
                .param("hit", hit.hitId()).param("application", application.value()).param("alert", hit.alertId()).param("kind", hit.kind().name())
                .param("band", hit.band()).param("score", hit.score()).param("action", hit.actionOnHit())
                .param("contact", cut(hit.contact(), 500)).param("full", hit.fullView()).param("summary", cut(hit.summary(), 1000))
                .param("at", SqlColumns.ts(hit.screenedAt()))
                .update();
    }

    boolean dispose(VisaApplicationId application, UUID hit, ApplicationAlertHit.Disposed disposed) {
        return jdbc.sql("UPDATE visa_application_alert_hit SET disposition = :d, disposition_note = :note, disposed_by = :by, "
                        + "disposed_at = :at WHERE hit_id = :hit AND application_id = :application")
                .param("d", disposed.disposition().name()).param("note", disposed.note()).param("by", disposed.officer())
                .param("at", SqlColumns.ts(disposed.at())).param("hit", hit).param("application", application.value())
                .update() == 1;
    }

    /** The clearance of several applications at once (the queue), two queries whatever their number. */
    java.util.Map<VisaApplicationId, AlertClearance> clearances(java.util.Collection<VisaApplicationId> applications) {
        java.util.Map<VisaApplicationId, AlertClearance> result = new java.util.LinkedHashMap<>();
        if (applications.isEmpty()) {
            return result;
        }
        List<UUID> ids = applications.stream().map(VisaApplicationId::value).distinct().toList();
        java.util.Map<UUID, AlertClearance.Screening> screenings = new java.util.HashMap<>();
        jdbc.sql("SELECT application_id, screened_at, screened_by, failure FROM visa_application_screening "
                        + "WHERE application_id IN (:ids)")
                .param("ids", ids)
                .query((rs, n) -> {
                    screenings.put(rs.getObject("application_id", UUID.class), screening(rs));
                    return null;
                }).list();
        java.util.Map<UUID, List<ApplicationAlertHit>> hits = new java.util.HashMap<>();
        jdbc.sql(HITS + " WHERE application_id IN (:ids) ORDER BY screened_at, band DESC, score DESC")
                .param("ids", ids)
                .query((rs, n) -> {
                    hits.computeIfAbsent(rs.getObject("application_id", UUID.class), k -> new java.util.ArrayList<>()).add(hit(rs));
                    return null;
                }).list();
        for (VisaApplicationId id : applications) {
            result.put(id, new AlertClearance(Optional.ofNullable(screenings.get(id.value())), hits.getOrDefault(id.value(), List.of())));
        }
        return result;
    }

    private static final String HITS = """
            SELECT application_id, hit_id, alert_id, kind, band, score, action_on_hit, contact, full_view, summary, screened_at,
                disposition, disposition_note, disposed_by, disposed_at
            FROM visa_application_alert_hit""";

    private static AlertClearance.Screening screening(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new AlertClearance.Screening(SqlColumns.instant(rs, "screened_at"), rs.getString("screened_by"),
                Optional.ofNullable(rs.getString("failure")));
    }

    private static ApplicationAlertHit hit(java.sql.ResultSet rs) throws java.sql.SQLException {
        double score = rs.getDouble("score");
        Double s = rs.wasNull() ? null : score;
        String d = rs.getString("disposition");
        Optional<ApplicationAlertHit.Disposed> disposed = d == null ? Optional.empty()
                : Optional.of(new ApplicationAlertHit.Disposed(ApplicationAlertHit.Disposition.valueOf(d),
                rs.getString("disposition_note"), rs.getString("disposed_by"), SqlColumns.instant(rs, "disposed_at")));
        return new ApplicationAlertHit(rs.getObject("hit_id", UUID.class), rs.getObject("alert_id", UUID.class),
                ApplicationAlertHit.Kind.valueOf(rs.getString("kind")), rs.getString("band"), s,
                rs.getString("action_on_hit"), rs.getString("contact"), rs.getBoolean("full_view"),
                rs.getString("summary"), SqlColumns.instant(rs, "screened_at"), disposed);
    }

    AlertClearance clearance(VisaApplicationId application) {
        return clearances(List.of(application)).get(application);
    }

    /** Removes an application's screening record and hits (retention). */
    void deleteFor(VisaApplicationId application) {
        jdbc.sql("DELETE FROM visa_application_alert_hit WHERE application_id = :id").param("id", application.value()).update();
        jdbc.sql("DELETE FROM visa_application_screening WHERE application_id = :id").param("id", application.value()).update();
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}

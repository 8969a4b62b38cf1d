package org.atoll.visa.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.atoll.audit.AuditEvent;
import org.atoll.audit.AuditTrail;
import org.atoll.visa.VisaApplicationId;
import org.atoll.visa.domain.ApplicationStatus;
import org.atoll.visa.domain.RetentionPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The visa office's retention job: every night ({@code atoll.visa.retention.cron}) it deletes the
 * applications whose case ended more than {@code atoll.visa.retention.years} ago (refused or
 * withdrawn; issued visas expired or revoked), with their supporting documents, transitions,
 * alert-screening hits, the visa and its extensions. Each deletion is audited (reference and
 * the day the case ended, no personal data), one application per transaction, in batches.
 * Several nodes may run it at once: a case already deleted by another is simply not found.
 */
@Component
class VisaRetention {

    private static final Logger log = LoggerFactory.getLogger(VisaRetention.class);

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final VisaProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;

    VisaRetention(JdbcClient jdbc, AuditTrail audit, VisaProperties properties, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(cron = "${atoll.visa.retention.cron:0 30 2 * * *}")
    void nightly() {
        if (!properties.retention().enabled()) {
            return;
        }
        int deleted = run();
        if (deleted > 0) {
            log.info("Visa retention: {} applications past the {}-year retention period deleted", deleted,
                    properties.retention().years());
        }
    }

    /** A case found past its retention period. */
    record Expired(VisaApplicationId id, String reference, ApplicationStatus status, LocalDate endedOn) {
    }

    /**
     * Deletes every case past the retention period on the clock's today; returns how many. A case
     * that cannot be deleted (another record still refers to it) is audited as failed and left
     * for the next run; the others go on.
     */
    int run() {
        RetentionPolicy policy = new RetentionPolicy(properties.retention().years());
        LocalDate today = LocalDate.now(clock);
        int batchSize = Math.max(1, properties.retention().batchSize());
        java.util.Set<VisaApplicationId> failed = new java.util.HashSet<>();
        int total = 0;
        while (true) {
            List<Expired> batch = expired(policy, today, batchSize + failed.size()).stream()
                    .filter(e -> !failed.contains(e.id())).limit(batchSize).toList();
            for (Expired e : batch) {
                try {
                    transaction.executeWithoutResult(status -> delete(e, policy));
                    total++;
                } catch (org.springframework.dao.DataAccessException ex) {
                    failed.add(e.id());
                    log.warn("Visa retention: application {} could not be deleted", e.reference(), ex);
                    audit.record(AuditEvent.failed("VISA_APPLICATION_DELETED_RETENTION", VisaApplications.AUDIT_TYPE, e.id().toString())
                            .withDetails(e.reference() + ": " + ex.getMostSpecificCause().getMessage()));
                }
            }
            if (batch.size() < batchSize) {
                return total;
            }
        }
    }

    /** The cases past the period, oldest first (the policy decides; the query only narrows by date). */
    List<Expired> expired(RetentionPolicy policy, LocalDate today, int limit) {
        LocalDate cutoff = policy.cutoff(today);
        OffsetDateTime cutoffStart = OffsetDateTime.ofInstant(cutoff.atStartOfDay(clock.getZone()).toInstant(), ZoneOffset.UTC);
        List<Expired> found = new ArrayList<>();
        jdbc.sql("""
                        SELECT a.id, a.reference, a.status, MAX(t.occurred_at) AS final_at
                        FROM visa_application a JOIN visa_application_transition t ON t.application_id = a.id
                        WHERE a.status IN ('REFUSED', 'WITHDRAWN')
                        GROUP BY a.id, a.reference, a.status
                        HAVING MAX(t.occurred_at) < :cutoff
                        ORDER BY MAX(t.occurred_at)
                        LIMIT :limit""")
                .param("cutoff", cutoffStart).param("limit", limit)
                .query((rs, n) -> {
                    OffsetDateTime finalAt = rs.getObject("final_at", OffsetDateTime.class);
                    return new Expired(new VisaApplicationId(rs.getObject("id", UUID.class)), rs.getString("reference"),
                            ApplicationStatus.valueOf(rs.getString("status")),
                            finalAt == null ? null : LocalDate.ofInstant(finalAt.toInstant(), clock.getZone()));
                })
                .list().forEach(found::add);
        jdbc.sql("""
                        SELECT a.id, a.reference, v.valid_until, v.revoked_on
                        FROM visa_application a JOIN visa v ON v.application_id = a.id
                        WHERE a.status = 'ISSUED' AND (v.valid_until < :cutoff OR v.revoked_on < :cutoff)
                        ORDER BY v.valid_until
                        LIMIT :limit""")
                .param("cutoff", Date.valueOf(cutoff)).param("limit", limit)
                .query((rs, n) -> {
                    Date revoked = rs.getDate("revoked_on");
                    LocalDate end = RetentionPolicy.endOfCase(ApplicationStatus.ISSUED, null, rs.getDate("valid_until").toLocalDate(),
                            revoked == null ? null : revoked.toLocalDate()).orElseThrow();
                    return new Expired(new VisaApplicationId(rs.getObject("id", UUID.class)), rs.getString("reference"),
                            ApplicationStatus.ISSUED, end);
                })
                .list().forEach(found::add);
        return found.stream().filter(e -> policy.drops(Optional.ofNullable(e.endedOn()), today)).limit(limit).toList();
    }

    private void delete(Expired e, RetentionPolicy policy) {
        Object id = e.id().value();
        jdbc.sql("DELETE FROM visa_extension WHERE visa_number IN (SELECT number FROM visa WHERE application_id = :id)")
                .param("id", id).update();
        jdbc.sql("DELETE FROM visa_revocation_proposal WHERE visa_number IN (SELECT number FROM visa WHERE application_id = :id)")
                .param("id", id).update();
        int visas = jdbc.sql("DELETE FROM visa WHERE application_id = :id").param("id", id).update();
        int documents = jdbc.sql("DELETE FROM visa_document WHERE application_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM visa_fee_record WHERE application_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM visa_application_alert_hit WHERE application_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM visa_application_screening WHERE application_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM visa_application_transition WHERE application_id = :id").param("id", id).update();
        int applications = jdbc.sql("DELETE FROM visa_application WHERE id = :id").param("id", id).update();
        if (applications == 1) {
            audit.record(AuditEvent.succeeded("VISA_APPLICATION_DELETED_RETENTION", VisaApplications.AUDIT_TYPE, e.id().toString())
                    .withPurpose("retention: " + policy.years() + " years after the case ended")
                    .withDetails(e.reference() + " " + e.status() + ", case ended " + e.endedOn() + "; " + documents + " documents"
                            + (visas > 0 ? ", visa deleted" : "")));
        }
    }
}

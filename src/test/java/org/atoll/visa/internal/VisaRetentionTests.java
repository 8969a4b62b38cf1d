package org.atoll.visa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.atoll.AtollIntegrationTest;
import org.atoll.TestDates;
import org.atoll.audit.AuditTrail;
import org.atoll.visa.VisaApplicationId;
import org.atoll.visa.domain.VisaApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The retention job, run on a fixed day through an injected clock against cases whose end has
 * been moved back in the database: what ended more than the period ago goes, with its documents,
 * visa and extensions, and is audited; what ended within it, and open cases, stay.
 */
@AtollIntegrationTest
class VisaRetentionTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Autowired
    VisaApplications applications;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail audit;
    @Autowired
    VisaProperties properties;
    @Autowired
    PlatformTransactionManager transactions;

    VisaRetention jobOn(LocalDate day) {
        Clock clock = Clock.fixed(day.atTime(2, 30).atZone(TestDates.ZONE).toInstant(), TestDates.ZONE);
        return new VisaRetention(jdbc, audit, properties, clock, transactions);
    }

    VisaApplication submitted() {
        LocalDate now = TestDates.today();
        String passport = "RT" + UUID.randomUUID().toString().replace("-", "").substring(0, 7).toUpperCase();
        return applications.submit(new ApplicationForm("Retention", "Test Person", LocalDate.of(1970, 1, 1), "BGD", "M", passport, "BGD",
                now.plusYears(5), "EV", "TOURISM", now.plusDays(10), now.plusDays(20), null, null, null, "PAID"));
    }

    /** Moves every transition of an application to a day (its case then ended that day). */
    void endedOn(VisaApplicationId id, LocalDate day) {
        jdbc.sql("UPDATE visa_application_transition SET occurred_at = :at WHERE application_id = :id")
                .param("at", day.atTime(12, 0).atOffset(ZoneOffset.UTC)).param("id", id.value()).update();
    }

    VisaApplicationId withdrawn(LocalDate endedOn) {
        VisaApplication a = submitted();
        applications.withdraw(a.id(), "Travel cancelled", null);
        endedOn(a.id(), endedOn);
        return a.id();
    }

    boolean exists(VisaApplicationId id) {
        return jdbc.sql("SELECT COUNT(*) FROM visa_application WHERE id = :id").param("id", id.value()).query(Long.class).single() == 1;
    }

    long audited(VisaApplicationId id) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'VISA_APPLICATION_DELETED_RETENTION' AND object_id = :id")
                .param("id", id.toString()).query(Long.class).single();
    }

    @Test
    void deletesWhatEndedBeforeThePeriodAndKeepsTheRest() {
        int years = properties.retention().years();
        LocalDate cutoff = TODAY.minusYears(years);

        VisaApplicationId withdrawnLongAgo = withdrawn(cutoff.minusDays(1));
        VisaApplicationId withdrawnWithinPeriod = withdrawn(cutoff);

        VisaApplication refusal = submitted();
        applications.startReview(refusal.id(), null);
        String ground = applications.provisionsInForce().get(0).reference().value();
        applications.decide(refusal.id(), "REFUSED", List.of(ground), "Insufficient funds shown.", null);
        VisaApplicationId refusedLongAgo = refusal.id();
        endedOn(refusedLongAgo, cutoff.minusYears(1));

        VisaApplication issued = submitted();
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        applications.upload(issued.id(), new VisaApplications.Upload("ticket.pdf", "application/pdf", pdf.length, pdf, "return ticket"));
        applications.startReview(issued.id(), null);
        applications.decide(issued.id(), "APPROVED", null, null, null);
        var visa = applications.issue(issued.id(), null, null);
        jdbc.sql("UPDATE visa SET valid_from = :from, valid_until = :until WHERE number = :n")
                .param("from", java.sql.Date.valueOf(cutoff.minusDays(90))).param("until", java.sql.Date.valueOf(cutoff.minusDays(1)))
                .param("n", visa.number().value()).update();

        VisaApplication open = submitted();
        endedOn(open.id(), cutoff.minusYears(3));

        int deleted = jobOn(TODAY).run();

        assertThat(deleted).isGreaterThanOrEqualTo(3);
        assertThat(exists(withdrawnLongAgo)).isFalse();
        assertThat(exists(refusedLongAgo)).isFalse();
        assertThat(exists(issued.id())).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM visa WHERE number = :n").param("n", visa.number().value()).query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM visa_document WHERE application_id = :id").param("id", issued.id().value())
                .query(Long.class).single()).isZero();
        assertThat(audited(withdrawnLongAgo)).isEqualTo(1);
        assertThat(audited(issued.id())).isEqualTo(1);

        assertThat(exists(withdrawnWithinPeriod)).isTrue();
        assertThat(exists(open.id())).as("an open application is never dropped").isTrue();
        assertThat(audited(withdrawnWithinPeriod)).isZero();

        // a day later the one that ended on the cutoff day goes too; the open one still stays
        assertThat(jobOn(TODAY.plusDays(1)).run()).isGreaterThanOrEqualTo(1);
        assertThat(exists(withdrawnWithinPeriod)).isFalse();
        assertThat(exists(open.id())).isTrue();
    }

    @Test
    void aCaseAnotherRecordStillRefersToIsLeftAndAuditedAndTheOthersGo() {
        LocalDate cutoff = TODAY.minusYears(properties.retention().years());
        VisaApplicationId blocked = withdrawn(cutoff.minusDays(10));
        VisaApplicationId free = withdrawn(cutoff.minusDays(5));
        jdbc.sql("CREATE TABLE retention_test_reference (application_id UUID NOT NULL, "
                + "CONSTRAINT fk_retention_test_reference FOREIGN KEY (application_id) REFERENCES visa_application (id))").update();
        try {
            jdbc.sql("INSERT INTO retention_test_reference (application_id) VALUES (:id)").param("id", blocked.value()).update();

            jobOn(TODAY).run();

            assertThat(exists(free)).isFalse();
            assertThat(exists(blocked)).isTrue();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'VISA_APPLICATION_DELETED_RETENTION' "
                    + "AND outcome <> 'SUCCESS' AND object_id = :id").param("id", blocked.toString()).query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM visa_application_transition WHERE application_id = :id")
                    .param("id", blocked.value()).query(Long.class).single()).as("rolled back whole").isPositive();
        } finally {
            jdbc.sql("DROP TABLE retention_test_reference").update();
        }
        jobOn(TODAY).run();
        assertThat(exists(blocked)).isFalse();
    }
}

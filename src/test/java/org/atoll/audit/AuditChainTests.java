package org.atoll.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.atoll.ApiClient;
import org.atoll.AtollIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@AtollIntegrationTest
class AuditChainTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditQuery query;

    @Autowired
    JdbcClient jdbc;

    private Long tampered;
    private String originalDetails;

    @AfterEach
    void repairTheChainForTheOtherTests() {
        if (tampered != null) {
            jdbc.sql("UPDATE audit_record SET details = :d WHERE seq = :s").param("d", originalDetails).param("s", tampered).update();
        }
    }

    @Test
    void eachRecordIsChainedToThePreviousOne() {
        AuditRecord first = trail.record(new AuditActor("officer.one", "CUSTOMS"), AuditEvent.succeeded("ALERT_READ", "alert", "A-1"));
        AuditRecord second = trail.record(new AuditActor("officer.two", "POLICE"), AuditEvent.succeeded("ALERT_READ", "alert", "A-2"));
        assertThat(second.seq()).isGreaterThan(first.seq());
        if (second.seq() == first.seq() + 1) {
            assertThat(second.previousHash()).isEqualTo(first.hash());
        }
        assertThat(query.verifyChain().intact()).isTrue();
    }

    @Test
    void aRowChangedBehindTheApplicationsBackIsReportedAsTheFirstBrokenRecord() throws Exception {
        AuditRecord target = trail.record(new AuditActor("officer.three", "IMMIGRATION"),
                AuditEvent.succeeded("DECISION_READ", "decision", "D-9").withDetails("original"));
        trail.record(new AuditActor("officer.three", "IMMIGRATION"), AuditEvent.succeeded("DECISION_READ", "decision", "D-10"));
        tampered = target.seq();
        originalDetails = "original";
        jdbc.sql("UPDATE audit_record SET details = 'nothing to see' WHERE seq = :s").param("s", target.seq()).update();

        String admin = "Bearer " + new ApiClient(mvc).adminToken();
        mvc.perform(get("/api/v1/audit/verification").header("Authorization", admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(false))
                .andExpect(jsonPath("$.firstBrokenSeq").value(target.seq()))
                .andExpect(jsonPath("$.problem").value(org.hamcrest.Matchers.containsString("changed")));
    }

    @Test
    void severalEventsRecordedAtOnceAreChainedInOrder() {
        List<AuditRecord> written = trail.recordAll(List.of(AuditEvent.succeeded("ALERT_HIT", "alert", "A-7"),
                AuditEvent.succeeded("ALERT_HIT", "alert", "A-8"), AuditEvent.succeeded("TRAVELLER_SCREENED", "screening", null)));
        assertThat(written).extracting(AuditRecord::action).containsExactly("ALERT_HIT", "ALERT_HIT", "TRAVELLER_SCREENED");
        assertThat(written.get(1).seq()).isEqualTo(written.get(0).seq() + 1);
        assertThat(written.get(2).seq()).isEqualTo(written.get(1).seq() + 1);
        assertThat(written.get(1).previousHash()).isEqualTo(written.get(0).hash());
        assertThat(written.get(2).previousHash()).isEqualTo(written.get(1).hash());
        assertThat(query.verifyChain().intact()).isTrue();
    }

    @Test
    void concurrentWritersStillProduceOneUnbrokenChain() throws Exception {
        var pool = Executors.newFixedThreadPool(6);
        List<Callable<AuditRecord>> writers = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int n = i;
            writers.add(() -> trail.record(new AuditActor("writer-" + (n % 6), "CUSTOMS"),
                    AuditEvent.succeeded("INCIDENT_READ", "incident", "I-" + n)));
        }
        for (var f : pool.invokeAll(writers)) {
            f.get();
        }
        pool.shutdown();
        assertThat(query.verifyChain().intact()).isTrue();
    }

    @Test
    void administratorsSearchTheTrailByOfficerAndObject() throws Exception {
        trail.record(new AuditActor("searcher.target", "LABOUR"), AuditEvent.succeeded("PERMIT_READ", "work-permit", "WP-77"));
        String admin = "Bearer " + new ApiClient(mvc).adminToken();
        mvc.perform(get("/api/v1/audit").param("actor", "searcher.target").header("Authorization", admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].objectId").value("WP-77"))
                .andExpect(jsonPath("$[0].agency").value("LABOUR"));
        mvc.perform(get("/api/v1/audit").param("objectType", "work-permit").param("objectId", "WP-77").header("Authorization", admin))
                .andExpect(jsonPath("$[0].actor").value("searcher.target"));
    }
}

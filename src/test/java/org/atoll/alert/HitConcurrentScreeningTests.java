package org.atoll.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atoll.alert.AlertFixtures.aDocumentAlert;
import static org.atoll.alert.AlertFixtures.aPersonAlert;
import static org.atoll.alert.AlertFixtures.uniqueReference;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.atoll.AtollIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * Booths screening the same traveller at the same moment: the database holds one pending hit per
 * alert version, traveller and agency (a unique pending key), so they all get that one hit back and
 * it counts every screening. Runs on H2 and, with {@code -Datoll.test.database=postgres}, on PostgreSQL.
 */
@AtollIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HitConcurrentScreeningTests {

    static final int BOOTHS = 12;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    AlertApiTestSupport api;
    String booth;
    String personAlert;
    String documentAlert;
    String stolenNumber;

    @BeforeAll
    void alerts() throws Exception {
        api = new AlertApiTestSupport(mvc);
        String manager = api.officer("POLICE", "ALERT_MANAGER");
        booth = api.officer("IMMIGRATION", "PRIMARY_OFFICER");
        personAlert = api.create(manager, aPersonAlert(uniqueReference("POL")).named("KVARATSKHELIA", "Levan Zurabovich")
                .bornOn("1981-11-04").nationality("GEO").ownedBy("POLICE").sharedWith("IMMIGRATION").active());
        stolenNumber = "13" + (System.nanoTime() % 10_000_000L);
        documentAlert = api.create(manager, aDocumentAlert(uniqueReference("POL"), "GEO", stolenNumber, "STOLEN")
                .ownedBy("POLICE").sharedWith("IMMIGRATION").active());
    }

    @Test
    void boothsScreeningTheSameTravellerAtOnceShareOnePendingHitPerAlert() throws Exception {
        // a few travellers, each screened by every booth at once: one pending hit each, per alert
        for (int round = 0; round < 3; round++) {
            Map<String, Object> traveller = Map.of("names", List.of("Levan Zurabovich Kvaratskhelia"), "dateOfBirth", "1981-11-04",
                    "documents", List.of(Map.of("issuingState", "GEO", "number", stolenNumber),
                            Map.of("issuingState", "GEO", "number", "14" + round + (System.nanoTime() % 1_000_000L))));
            List<MockHttpServletResponse> answers = screenAtOnce(traveller);
            Set<String> personHits = new HashSet<>();
            Set<String> documentHits = new HashSet<>();
            for (MockHttpServletResponse r : answers) {
                assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
                personHits.add((String) NeedToKnowTests.candidateFor(r, personAlert).get("hitId"));
                documentHits.addAll(JsonPath.<List<String>>read(r.getContentAsString(),
                        "$.documentHits[?(@.alertId == '" + documentAlert + "')].hitId"));
            }
            assertThat(personHits).as("person hit ids, round " + round).hasSize(1);
            assertThat(documentHits).as("document hit ids, round " + round).hasSize(1);
            String personHit = personHits.iterator().next();
            String documentHit = documentHits.iterator().next();
            assertThat(pendingHitsFor(personAlert, personHit)).as("pending hits on the person alert").isEqualTo(1);
            assertThat(pendingHitsFor(documentAlert, documentHit)).as("pending hits on the document alert").isEqualTo(1);
            assertThat(timesScreened(personHit)).isEqualTo(BOOTHS);
            assertThat(timesScreened(documentHit)).isEqualTo(BOOTHS);
        }
    }

    private List<MockHttpServletResponse> screenAtOnce(Map<String, Object> traveller) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(BOOTHS);
        try {
            CountDownLatch ready = new CountDownLatch(BOOTHS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<MockHttpServletResponse>> futures = new ArrayList<>();
            for (int i = 0; i < BOOTHS; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return api.screen(booth, traveller);
                }));
            }
            ready.await();
            start.countDown();
            List<MockHttpServletResponse> answers = new ArrayList<>();
            for (Future<MockHttpServletResponse> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Pending hits on the alert for the traveller this hit was screened for (same traveller key). */
    private int pendingHitsFor(String alertId, String hitId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM alert_hit h WHERE h.alert_id = :alert AND h.disposition = 'PENDING'
                AND h.traveller_key = (SELECT o.traveller_key FROM alert_hit o WHERE o.id = :hit)""")
                .param("alert", UUID.fromString(alertId)).param("hit", UUID.fromString(hitId)).query(Integer.class).single();
    }

    private int timesScreened(String hitId) {
        return jdbc.sql("SELECT times_screened FROM alert_hit WHERE id = :hit").param("hit", UUID.fromString(hitId))
                .query(Integer.class).single();
    }
}

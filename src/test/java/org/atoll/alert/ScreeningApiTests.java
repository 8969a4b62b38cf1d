package org.atoll.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atoll.alert.AlertFixtures.aDocumentAlert;
import static org.atoll.alert.AlertFixtures.aPersonAlert;
import static org.atoll.alert.AlertFixtures.uniqueReference;
import static org.atoll.alert.NeedToKnowTests.candidateFor;

import java.util.List;
import java.util.Map;

import org.atoll.AtollIntegrationTest;
import org.atoll.audit.AuditQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

@AtollIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScreeningApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditQuery auditTrail;

    AlertApiTestSupport api;
    String manager;
    String booth;
    String boateng;
    String azhar;
    String kuznetsova;
    String boatengReference;

    @BeforeAll
    void activeAlerts() throws Exception {
        api = new AlertApiTestSupport(mvc);
        manager = api.officer("IMMIGRATION", "ALERT_MANAGER");
        booth = api.officer("IMMIGRATION", "PRIMARY_OFFICER");
        boatengReference = uniqueReference("IMM");
        boateng = api.create(manager, aPersonAlert(boatengReference).named("BOATENG", "Kwabena Mensah").bornOn("1984-02-29")
                .nationality("GHA").sex("M").active());
        azhar = api.create(manager, aPersonAlert(uniqueReference("IMM")).named("AZHAR ALVI", "Mohammed Masood")
                .alias("Masud Azhar").bornOn("1968-07-10").nationality("PAK").active());
        kuznetsova = api.create(manager, aPersonAlert(uniqueReference("IMM")).named("KUZNETSOVA", "Yelena Sergeyevna")
                .bornOn("1990-05-05").nationality("RUS").sex("F").active());
    }

    private Map<String, Object> screenFor(String alertId, Map<String, ?> request) throws Exception {
        MockHttpServletResponse r = api.screen(booth, request);
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
        return candidateFor(r, alertId);
    }

    @Test
    void findsAnAlertBySurnameAndGivenNamesWithItsExternalReferenceAndAHit() throws Exception {
        Map<String, Object> c = screenFor(boateng, Map.of("surname", "Boateng", "givenNames", "Kwabena Mensah",
                "dateOfBirth", "1984-02-29", "nationality", "GHA", "sex", "M"));
        assertThat(c).containsEntry("band", "STRONG").containsEntry("externalReference", boatengReference)
                .containsEntry("actionOnHit", "REFER_TO_SECONDARY").containsKey("hitId");
        assertThat((Double) c.get("score")).isGreaterThan(0.9);
    }

    @Test
    void findsAnAlertDespiteATypoASwappedOrderOrAMissingMiddleName() throws Exception {
        screenFor(boateng, Map.of("names", List.of("Kwabena Mensah Boatemg")));
        screenFor(boateng, Map.of("names", List.of("BOATENG, Kwabena Mensah")));
        Map<String, Object> dropped = screenFor(boateng, Map.of("names", List.of("Kwabena Boateng"), "dateOfBirth", "1984-02-29"));
        assertThat(dropped).containsEntry("band", "STRONG");
    }

    @Test
    void findsAnAlertUnderASpellingVariantAndSaysSo() throws Exception {
        Map<String, Object> c = screenFor(azhar, Map.of("names", List.of("Muhammad Masud Azhar Alvi"), "dateOfBirth", "1968-07-10"));
        List<Map<String, Object>> parts = JsonPath.read(c, "$.explanation.nameParts");
        assertThat(parts).anySatisfy(p -> assertThat(p).containsEntry("travellerPart", "MUHAMMAD")
                .containsEntry("alertPart", "MOHAMMED").containsEntry("match", "spelling variant"));
    }

    @Test
    void findsALatinAlertFromANameInCyrillicScript() throws Exception {
        Map<String, Object> c = screenFor(kuznetsova, Map.of("names", List.of("Елена Сергеевна Кузнецова"), "dateOfBirth", "1990-05-05"));
        assertThat((String) JsonPath.read(c, "$.explanation.text")).isNotBlank();
    }

    @Test
    void aPartialDateOfBirthAgreesAsFarAsItIsKnown() throws Exception {
        Map<String, Object> c = screenFor(boateng, Map.of("names", List.of("Kwabena Mensah Boateng"), "dateOfBirth", "1984-02"));
        assertThat((String) JsonPath.read(c, "$.explanation.dateOfBirth")).isEqualTo("agrees as far as known");
    }

    @Test
    void theExplanationSaysWhichPartsMatchedAndHowTheOtherDetailsCompare() throws Exception {
        Map<String, Object> c = screenFor(boateng, Map.of("names", List.of("Kwabena Mensah Boateng"), "dateOfBirth", "1984-02-29",
                "nationality", "GHA"));
        assertThat((String) JsonPath.read(c, "$.explanation.dateOfBirth")).isEqualTo("same date");
        assertThat((String) JsonPath.read(c, "$.explanation.alertDatesOfBirth")).isEqualTo("1984-02-29");
        assertThat((String) JsonPath.read(c, "$.explanation.nationality")).isEqualTo("AGREES");
        assertThat((List<String>) JsonPath.read(c, "$.explanation.nameParts[*].alertPart")).contains("KWABENA", "MENSAH", "BOATENG");
        assertThat((String) JsonPath.read(c, "$.explanation.text")).contains("BOATENG").contains("same date");

        Map<String, Object> conflicting = screenFor(boateng, Map.of("names", List.of("Kwabena Mensah Boateng"),
                "dateOfBirth", "1999-11-03"));
        assertThat((String) JsonPath.read(conflicting, "$.explanation.dateOfBirth")).isEqualTo("conflicts");
        assertThat((String) JsonPath.read(conflicting, "$.explanation.text")).contains("DOB conflicts (alert 1984-02-29)");
        assertThat((Double) conflicting.get("score")).isLessThan((Double) c.get("score"));
    }

    @Test
    void aPresentedDocumentOnTheListIsADocumentHitWhateverItsSpacing() throws Exception {
        String reference = uniqueReference("SLTD");
        String documentAlert = api.create(manager, aDocumentAlert(reference, "PLW", "PW7654321", "STOLEN").active());
        MockHttpServletResponse r = api.screen(booth, Map.of("names", List.of("Unrelated Traveller"),
                "documents", List.of(Map.of("issuingState", "plw", "number", "pw 765-4321"))));
        assertThat(r.getStatus()).isEqualTo(200);
        List<Map<String, Object>> hits = JsonPath.read(r.getContentAsString(), "$.documentHits[?(@.alertId == '" + documentAlert + "')]");
        assertThat(hits).singleElement().satisfies(h -> assertThat(h).containsEntry("type", "STOLEN")
                .containsEntry("externalReference", reference).containsEntry("actionOnHit", "SEIZE_DOCUMENT").containsKey("hitId"));
    }

    @Test
    void draftAndWithdrawnAlertsProduceNoHits() throws Exception {
        String draft = api.create(manager, aPersonAlert(uniqueReference("IMM")).named("NGIRAMENGIOR", "Lukas Obak"));
        MockHttpServletResponse r = api.screen(booth, Map.of("names", List.of("Lukas Obak Ngiramengior")));
        assertThat((List<String>) JsonPath.read(r.getContentAsString(), "$.candidates[*].alertId")).doesNotContain(draft);

        api.post(manager, "/api/v1/alerts/" + draft + "/status", "{\"status\":\"ACTIVE\",\"reason\":\"confirmed\",\"version\":1}");
        r = api.screen(booth, Map.of("names", List.of("Lukas Obak Ngiramengior")));
        assertThat((List<String>) JsonPath.read(r.getContentAsString(), "$.candidates[*].alertId")).contains(draft);

        api.post(manager, "/api/v1/alerts/" + draft + "/status", "{\"status\":\"WITHDRAWN\",\"reason\":\"court quashed\",\"version\":2}");
        r = api.screen(booth, Map.of("names", List.of("Lukas Obak Ngiramengior")));
        assertThat((List<String>) JsonPath.read(r.getContentAsString(), "$.candidates[*].alertId")).doesNotContain(draft);
    }

    @Test
    void everyHitIsAudited() throws Exception {
        Map<String, Object> c = screenFor(kuznetsova, Map.of("names", List.of("Yelena Sergeyevna Kuznetsova")));
        var records = auditTrail.search(new AuditQuery.AuditSearch(null, "alert", kuznetsova, "ALERT_HIT", null, null, 100));
        assertThat(records).anySatisfy(a -> assertThat(a.details()).contains((String) c.get("hitId")));
    }

    @Test
    void aRequestWithoutAnyNameOrDocumentIsRefused() throws Exception {
        MockHttpServletResponse r = api.post(booth, "/api/v1/screening/persons", "{\"dateOfBirth\":\"1970\"}");
        assertThat(r.getStatus()).isEqualTo(422);
        assertThat((List<String>) JsonPath.read(r.getContentAsString(), "$.errors[*].field")).contains("names");
        assertThat(api.post(booth, "/api/v1/screening/persons", "{\"names\":[]}").getStatus()).isEqualTo(422);
        assertThat(api.post(booth, "/api/v1/screening/persons", "{\"names\":[\"   \"]}").getStatus()).isEqualTo(422);
    }

    @Test
    void absurdInputIsRefusedWith422NeverAServerError() throws Exception {
        String huge = "A".repeat(10_000);
        MockHttpServletResponse longName = api.screen(booth, Map.of("names", List.of(huge)));
        assertThat(longName.getStatus()).isEqualTo(422);
        assertThat((List<String>) JsonPath.read(longName.getContentAsString(), "$.errors[*].field")).contains("names[0]");

        assertThat(api.screen(booth, Map.of("surname", huge, "givenNames", huge)).getStatus()).isEqualTo(422);
        assertThat(api.screen(booth, Map.of("names", List.of("John\u0000Smith"))).getStatus()).isEqualTo(422);
        assertThat(api.screen(booth, Map.of("names", List.of("John\u202ESmith"))).getStatus()).isEqualTo(422);
        assertThat(api.screen(booth, Map.of("names", List.of("John Smith"), "dateOfBirth", "1970-02-31")).getStatus()).isEqualTo(422);
        assertThat(api.screen(booth, Map.of("names", List.of("John Smith"), "nationality", "X".repeat(500))).getStatus()).isEqualTo(422);
        assertThat(api.screen(booth, Map.of("documents", List.of(Map.of("issuingState", "PLW", "number", "9".repeat(5000)))))
                .getStatus()).isEqualTo(422);
        assertThat(api.screen(booth, Map.of("names", List.of("a b c d e f g h i j k l m n o p q r s t u v w x y z"))).getStatus())
                .isEqualTo(422);
        assertThat(api.post(booth, "/api/v1/screening/persons", "{\"names\":\"not a list\"}").getStatus()).isIn(400, 422);
    }

    /**
     * More booths screening at once than the connection pool has connections (default 10): the
     * audit trail writes in a transaction of its own, and written inside the screening transaction
     * each screening held one connection while waiting for a second until the pool starved (500s
     * after the pool's 30 s timeout). Every screening must be answered.
     */
    @Test
    void moreConcurrentScreeningsThanPooledConnectionsAreAllAnswered() throws Exception {
        int booths = 24;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(booths);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < booths; i++) {
                String number = "G" + (7_000_000 + i);
                answers.add(pool.submit(() -> {
                    start.await();
                    return api.screen(booth, Map.of("surname", "Boateng", "givenNames", "Kwabena Mensah", "dateOfBirth", "1984-02",
                            "documents", List.of(Map.of("issuingState", "GHA", "number", number)))).getStatus();
                }));
            }
            start.countDown();
            for (var answer : answers) {
                assertThat(answer.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

package org.atoll.visa.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atoll.alert.AlertFixtures.aDocumentAlert;
import static org.atoll.alert.AlertFixtures.aPersonAlert;
import static org.atoll.alert.AlertFixtures.uniqueReference;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.atoll.ApiClient;
import org.atoll.AtollIntegrationTest;
import org.atoll.alert.AlertApiTestSupport;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Visa applications are screened against the National Alert List on submission; the hits come
 * back with the application, and a strong hit stops an approval and an issue until a visa
 * officer settles it (the alert module records the disposition too).
 */
@AtollIntegrationTest
class VisaAlertScreeningTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    VisaApiSupport visas;
    AlertApiTestSupport alerts;
    String manager;

    @BeforeEach
    void officers() throws Exception {
        ApiClient api = new ApiClient(mvc);
        visas = new VisaApiSupport(mvc, api.officerToken("IMMIGRATION", List.of("VISA_OFFICER")));
        alerts = new AlertApiTestSupport(mvc);
        manager = alerts.officer("IMMIGRATION", "ALERT_MANAGER");
    }

    private static String applicationOf(String surname, String givenNames, String dateOfBirth, String nationality, String passport) {
        return """
                {"applicant":{"surname":"%s","givenNames":"%s","dateOfBirth":"%s","nationality":"%s","sex":"F",
                  "passport":{"number":"%s","issuingState":"%s","expiry":"%s"}},
                 "visaType":"EV","purpose":"TOURISM","intendedArrival":"%s","intendedDeparture":"%s","feeStatus":"PAID"}"""
                .formatted(surname, givenNames, dateOfBirth, nationality, passport, nationality, VisaApiSupport.TODAY.plusYears(5),
                        VisaApiSupport.TODAY.plusDays(30), VisaApiSupport.TODAY.plusDays(43));
    }

    private String submitted(String json) throws Exception {
        MvcResult r = visas.submit(json);
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(201);
        return r.getResponse().getContentAsString();
    }

    private static <T> T read(MvcResult r, String path) throws Exception {
        return JsonPath.read(r.getResponse().getContentAsString(), path);
    }

    @Test
    void aStrongHitComesBackWithTheApplicationAndStopsTheApprovalUntilItIsSettled() throws Exception {
        alerts.create(manager, aPersonAlert(uniqueReference("VISA")).named("OYELARAN-BRIGHTWATER", "Quetzalli Ines")
                .bornOn("1987-03-14").nationality("MMR").sex("F").active());
        String body = submitted(applicationOf("Oyelaran-Brightwater", "Quetzalli Ines", "1987-03-14", "MMR",
                VisaApiSupport.uniquePassport()));
        String id = JsonPath.read(body, "$.id");
        assertThat((Boolean) JsonPath.read(body, "$.alertScreening.screened")).isTrue();
        assertThat((Boolean) JsonPath.read(body, "$.alertScreening.clear")).isFalse();
        List<Map<String, Object>> hits = JsonPath.read(body, "$.alertScreening.hits");
        assertThat(hits).hasSize(1);
        Map<String, Object> hit = hits.get(0);
        assertThat(hit).containsEntry("kind", "PERSON").containsEntry("band", "STRONG").containsEntry("blocksIssue", true)
                .containsEntry("actionOnHit", "REFER_TO_SECONDARY").containsEntry("disposition", null);
        String hitId = (String) hit.get("hitId");

        // the work queue says which applications have hits to settle
        MvcResult queue = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/v1/visa-applications?status=SUBMITTED&nationality=MMR").header("Authorization", visas.token)).andReturn();
        List<Map<String, Object>> mine = JsonPath.read(queue.getResponse().getContentAsString(), "$[?(@.id == '" + id + "')]");
        assertThat(mine).singleElement().satisfies(item -> assertThat(item)
                .containsEntry("alertList", "HITS_TO_SETTLE").containsEntry("alertHitsToSettle", 1));

        assertThat(visas.action(id, "review", null).getResponse().getStatus()).isEqualTo(200);
        MvcResult approve = visas.action(id, "decision", "{\"decision\":\"APPROVED\"}");
        assertThat(approve.getResponse().getStatus()).isEqualTo(422);
        assertThat(approve.getResponse().getContentAsString()).contains("alertHits").contains(hitId);
        assertThat(visas.status(id)).isEqualTo("UNDER_REVIEW");

        MvcResult noNote = visas.action(id, "alert-hits/" + hitId + "/disposition", "{\"disposition\":\"FALSE_POSITIVE\"}");
        assertThat(noNote.getResponse().getStatus()).isEqualTo(422);
        assertThat(noNote.getResponse().getContentAsString()).contains("note");
        MvcResult inconclusive = visas.action(id, "alert-hits/" + hitId + "/disposition",
                "{\"disposition\":\"INCONCLUSIVE\",\"note\":\"Could not reach the duty officer\"}");
        assertThat(inconclusive.getResponse().getStatus()).isEqualTo(200);
        assertThat((Boolean) read(inconclusive, "$.alertScreening.clear")).as("inconclusive does not settle a strong hit").isFalse();
        assertThat(visas.action(id, "decision", "{\"decision\":\"APPROVED\"}").getResponse().getStatus()).isEqualTo(422);

        MvcResult settled = visas.action(id, "alert-hits/" + hitId + "/disposition",
                "{\"disposition\":\"FALSE_POSITIVE\",\"note\":\"Different person: born in Dhaka, passport photo does not match\"}");
        assertThat(settled.getResponse().getStatus()).as(settled.getResponse().getContentAsString()).isEqualTo(200);
        assertThat((Boolean) read(settled, "$.alertScreening.clear")).isTrue();
        assertThat((String) read(settled, "$.alertScreening.hits[0].disposition")).isEqualTo("FALSE_POSITIVE");
        assertThat((String) read(settled, "$.alertScreening.hits[0].dispositionNote")).startsWith("Different person");
        // the alert module holds the same disposition
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'ALERT_HIT_DISPOSED' AND object_id = :id")
                .param("id", hitId).query(Long.class).single()).isGreaterThanOrEqualTo(2L);

        assertThat(visas.action(id, "decision", "{\"decision\":\"APPROVED\"}").getResponse().getStatus()).isEqualTo(200);
        MvcResult issued = visas.action(id, "issue", "{}");
        assertThat(issued.getResponse().getStatus()).as(issued.getResponse().getContentAsString()).isEqualTo(201);
    }

    @Test
    void aDocumentAlertOnThePassportMustBeSettledButARefusalNeverWaits() throws Exception {
        String passport = VisaApiSupport.uniquePassport();
        alerts.create(manager, aDocumentAlert(uniqueReference("DOC"), "BGD", passport, "STOLEN").active());
        String body = submitted(applicationOf("Hossain", "Rahim", "1990-04-02", "BGD", passport));
        String id = JsonPath.read(body, "$.id");
        List<Map<String, Object>> documentHits = JsonPath.read(body, "$.alertScreening.hits[?(@.kind == 'DOCUMENT')]");
        assertThat(documentHits).hasSize(1);
        assertThat(documentHits.get(0)).containsEntry("band", "DOCUMENT").containsEntry("blocksIssue", true);
        assertThat((String) documentHits.get(0).get("summary")).contains(passport);

        visas.action(id, "review", null);
        MvcResult refused = visas.action(id, "decision", """
                {"decision":"REFUSED","grounds":["%s"],"reason":"The passport is reported stolen."}"""
                .formatted(VisaApplicationApiTests.VISA_REQUIRED));
        assertThat(refused.getResponse().getStatus()).as(refused.getResponse().getContentAsString()).isEqualTo(200);
    }

    @Test
    void anApplicantNotOnTheListIsScreenedAndClear() throws Exception {
        String body = submitted(applicationOf("Tjandrawinata", "Margarethe", "1979-11-30", "BGD", VisaApiSupport.uniquePassport()));
        assertThat((Boolean) JsonPath.read(body, "$.alertScreening.screened")).isTrue();
        assertThat((Boolean) JsonPath.read(body, "$.alertScreening.clear")).isTrue();
        assertThat((List<?>) JsonPath.read(body, "$.alertScreening.hits")).isEmpty();
        assertThat((String) JsonPath.read(body, "$.alertScreening.screenedBy")).isNotBlank();
        String id = JsonPath.read(body, "$.id");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'VISA_APPLICATION_SCREENED' AND object_id = :id "
                + "AND purpose IS NULL")
                .param("id", id).query(Long.class).single()).isEqualTo(1L);
        // the event's publication to the screening listener is recorded and complete (nothing left to resubmit)
        assertThat(jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NOT NULL AND listener_id LIKE '%ApplicationScreening%'")
                .query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND listener_id LIKE '%ApplicationScreening%'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void anAlertAddedAfterTheSubmissionIsFoundWhenScreenedAgainAndStopsTheIssue() throws Exception {
        String body = submitted(applicationOf("Vasquez-Haldorsen", "Ottoline", "1969-08-21", "BGD", VisaApiSupport.uniquePassport()));
        String id = JsonPath.read(body, "$.id");
        visas.action(id, "review", null);
        assertThat(visas.action(id, "decision", "{\"decision\":\"APPROVED\"}").getResponse().getStatus()).isEqualTo(200);
        alerts.create(manager, aPersonAlert(uniqueReference("VISA")).named("VASQUEZ-HALDORSEN", "Ottoline")
                .bornOn("1969-08-21").nationality("BGD").sex("F").active());

        MvcResult again = visas.action(id, "screening", null);
        assertThat(again.getResponse().getStatus()).as(again.getResponse().getContentAsString()).isEqualTo(200);
        assertThat((List<?>) read(again, "$.alertScreening.hits")).hasSize(1);
        MvcResult issue = visas.action(id, "issue", "{}");
        assertThat(issue.getResponse().getStatus()).isEqualTo(422);
        assertThat(issue.getResponse().getContentAsString()).contains("alertHits");

        // screening once more does not show the same alert twice
        assertThat((List<?>) read(visas.action(id, "screening", null), "$.alertScreening.hits")).hasSize(1);
    }

    @Test
    void anAlertActivatedWhileApplicationsWaitIsFoundWithoutAnOfficerAskingOnlyOnUndecidedApplicationsAndNeverTwice()
            throws Exception {
        // the same person applied twice; the older application was withdrawn
        String withdrawn = JsonPath.read(submitted(applicationOf("Thorsdottir-Akande", "Marisol", "1979-11-02", "BGD",
                VisaApiSupport.uniquePassport())), "$.id");
        assertThat(visas.action(withdrawn, "withdraw", "{\"reason\":\"travel cancelled\"}").getResponse().getStatus())
                .isEqualTo(200);
        String waiting = JsonPath.read(submitted(applicationOf("Thorsdottir-Akande", "Marisol", "1979-11-02", "BGD",
                VisaApiSupport.uniquePassport())), "$.id");
        visas.action(waiting, "review", null);
        Object withdrawnScreenedAt = JsonPath.read(visas.application(withdrawn), "$.alertScreening.screenedAt");
        assertThat((List<?>) JsonPath.read(visas.application(waiting), "$.alertScreening.hits")).isEmpty();

        alerts.create(manager, aPersonAlert(uniqueReference("VISA")).named("THORSDOTTIR-AKANDE", "Marisol")
                .bornOn("1979-11-02").nationality("BGD").sex("F").active());

        // nobody asks: the change of the alert list screens the waiting application again
        String found = Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> visas.application(waiting), b -> !((List<?>) JsonPath.read(b, "$.alertScreening.hits")).isEmpty());
        assertThat((List<?>) JsonPath.read(found, "$.alertScreening.hits")).hasSize(1);
        assertThat((String) JsonPath.read(found, "$.alertScreening.hits[0].band")).isEqualTo("STRONG");
        assertThat((Boolean) JsonPath.read(found, "$.alertScreening.clear")).isFalse();
        Object firstRescreen = JsonPath.read(found, "$.alertScreening.screenedAt");
        // the withdrawn application (screened first, being older) was left alone
        String after = visas.application(withdrawn);
        assertThat((List<?>) JsonPath.read(after, "$.alertScreening.hits")).isEmpty();
        assertThat((Object) JsonPath.read(after, "$.alertScreening.screenedAt")).isEqualTo(withdrawnScreenedAt);

        // another change of the list screens it again, and the same alert is not shown twice
        alerts.create(manager, aPersonAlert(uniqueReference("VISA")).named("QUILLFEATHER-NDOVU", "Barnabas")
                .bornOn("1950-01-01").nationality("NZL").sex("M").active());
        String again = Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> visas.application(waiting),
                        b -> !firstRescreen.equals(JsonPath.read(b, "$.alertScreening.screenedAt")));
        assertThat((List<?>) JsonPath.read(again, "$.alertScreening.hits")).hasSize(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'VISA_APPLICATION_SCREENED' AND object_id = :id "
                + "AND purpose LIKE 'alert list changed%'").param("id", waiting).query(Long.class).single()).isGreaterThanOrEqualTo(2L);
        assertThat(visas.action(waiting, "decision", "{\"decision\":\"APPROVED\"}").getResponse().getStatus()).isEqualTo(422);
    }

    @Test
    void theFeeIsRecordedWithAmountAndReceiptAndEveryRecordingIsKept() throws Exception {
        String body = submitted(applicationOf("Remengesau", "Dilubech", "1992-02-02", "BGD", VisaApiSupport.uniquePassport()));
        String id = JsonPath.read(body, "$.id");
        assertThat((List<?>) JsonPath.read(body, "$.feeRecords")).hasSize(1);

        MvcResult wrongAmount = fee(id, "{\"feeStatus\":\"PAID\",\"amount\":\"fifty dollars\"}");
        assertThat(wrongAmount.getResponse().getStatus()).isEqualTo(422);
        assertThat(wrongAmount.getResponse().getContentAsString()).contains("amount");
        MvcResult waivedWithReceipt = fee(id, "{\"feeStatus\":\"WAIVED\",\"receipt\":\"R-1\"}");
        assertThat(waivedWithReceipt.getResponse().getStatus()).isEqualTo(422);

        MvcResult paid = fee(id, "{\"feeStatus\":\"PAID\",\"amount\":\"USD 50\",\"receipt\":\"R-2026-0042\"}");
        assertThat(paid.getResponse().getStatus()).as(paid.getResponse().getContentAsString()).isEqualTo(200);
        assertThat((String) read(paid, "$.feeStatus")).isEqualTo("PAID");
        assertThat((String) read(paid, "$.feeRecords[1].amount")).isEqualTo("USD 50.00");
        assertThat((String) read(paid, "$.feeRecords[1].receipt")).isEqualTo("R-2026-0042");
        assertThat((String) read(paid, "$.feeRecords[1].recordedBy")).isNotBlank();
    }

    private MvcResult fee(String id, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/visa-applications/" + id + "/fee")
                .header("Authorization", visas.token).contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(json))
                .andReturn();
    }
}

package org.atoll.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atoll.alert.AlertFixtures.aPersonAlert;
import static org.atoll.alert.AlertFixtures.uniqueReference;

import java.util.List;
import java.util.Map;

import org.atoll.ApiClient;
import org.atoll.AtollIntegrationTest;
import org.atoll.audit.AuditOutcome;
import org.atoll.audit.AuditQuery;
import org.atoll.audit.AuditRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.jayway.jsonpath.JsonPath;

/** An alert owned by the police and shared with customs only: immigration meets it only as an action at the border. */
@AtollIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NeedToKnowTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditQuery auditTrail;

    AlertApiTestSupport api;
    String policeManager;
    String customsAnalyst;
    String immigrationSecondary;
    String immigrationPrimary;
    String alertId;

    @BeforeAll
    void aPoliceAlertSharedWithCustoms() throws Exception {
        api = new AlertApiTestSupport(mvc);
        policeManager = api.officer("POLICE", "ALERT_MANAGER");
        customsAnalyst = api.officer("CUSTOMS", "ANALYST");
        immigrationSecondary = api.officer("IMMIGRATION", "SECONDARY_OFFICER");
        immigrationPrimary = api.officer("IMMIGRATION", "PRIMARY_OFFICER");
        alertId = api.create(policeManager, aPersonAlert(uniqueReference("POL")).named("TEMENGIL", "Bernadette Ilong")
                .bornOn("1986-09-14").nationality("PLW").sex("F").ownedBy("POLICE").sharedWith("CUSTOMS").active()
                .with("category", "ARREST").with("actionOnHit", "ARREST").with("contact", "Police duty desk +680 488 1422")
                .with("reason", "Warrant 2026/117 for armed robbery").with("warningMarkers", List.of("ARMED")));
    }

    @Test
    void anOfficerOfAnAgencyItIsNotSharedWithGets404AndTheAttemptIsAudited() throws Exception {
        MockHttpServletResponse r = api.get(immigrationSecondary, "/api/v1/alerts/" + alertId);
        assertThat(r.getStatus()).isEqualTo(404);
        assertThat(r.getContentAsString()).doesNotContain("TEMENGIL").doesNotContain("Warrant");
        assertThat(api.get(immigrationSecondary, "/api/v1/alerts/" + alertId + "/history").getStatus()).isEqualTo(404);

        List<AuditRecord> denied = auditTrail.search(new AuditQuery.AuditSearch(null, "alert", alertId, "ALERT_READ", null, null, 50));
        assertThat(denied).anySatisfy(a -> assertThat(a.outcome()).isEqualTo(AuditOutcome.DENIED));
    }

    @Test
    void theOwningAndSharedAgenciesReadItAndEveryReadIsAudited() throws Exception {
        assertThat(api.get(policeManager, "/api/v1/alerts/" + alertId).getStatus()).isEqualTo(200);
        MockHttpServletResponse customs = api.get(customsAnalyst, "/api/v1/alerts/" + alertId);
        assertThat(customs.getStatus()).isEqualTo(200);
        assertThat(customs.getContentAsString()).contains("Warrant 2026/117");
        List<AuditRecord> reads = auditTrail.search(new AuditQuery.AuditSearch(null, "alert", alertId, "ALERT_READ", null, null, 50));
        assertThat(reads).filteredOn(a -> a.outcome() == AuditOutcome.SUCCESS)
                .extracting(AuditRecord::agency).contains("POLICE", "CUSTOMS");
    }

    @Test
    void aSearchNeverListsAnAlertTheCallerMayNotSee() throws Exception {
        String asImmigration = api.get(immigrationSecondary, "/api/v1/alerts?q=temengil").getContentAsString();
        assertThat((List<String>) JsonPath.read(asImmigration, "$[*].id")).doesNotContain(alertId);
        String asCustoms = api.get(customsAnalyst, "/api/v1/alerts?q=temengil").getContentAsString();
        assertThat((List<String>) JsonPath.read(asCustoms, "$[*].id")).contains(alertId);
    }

    @Test
    void atTheBorderAnOfficerOutsideTheCircleSeesOnlyTheActionAndTheContact() throws Exception {
        MockHttpServletResponse r = api.screen(immigrationPrimary, Map.of("surname", "Temengil", "givenNames", "Bernadette Ilong",
                "dateOfBirth", "1986-09-14"));
        assertThat(r.getStatus()).isEqualTo(200);
        Map<String, Object> candidate = candidateFor(r, alertId);
        assertThat(candidate).containsOnlyKeys("alertId", "hitId", "score", "band", "actionOnHit", "contact", "view");
        assertThat(candidate).containsEntry("actionOnHit", "ARREST").containsEntry("contact", "Police duty desk +680 488 1422")
                .containsEntry("view", "ACTION_ONLY");
        assertThat(r.getContentAsString()).doesNotContain("TEMENGIL").doesNotContain("Warrant").doesNotContain("1986");
    }

    @Test
    void anOfficerOfTheSharedAgencySeesTheCandidateInFull() throws Exception {
        String customsPrimary = api.officer("CUSTOMS", "PRIMARY_OFFICER");
        MockHttpServletResponse r = api.screen(customsPrimary, Map.of("names", List.of("Bernadette Temengil")));
        Map<String, Object> candidate = candidateFor(r, alertId);
        assertThat(candidate).containsKeys("externalReference", "matchedName", "explanation", "warningMarkers")
                .containsEntry("view", "FULL").containsEntry("matchedName", "Bernadette Ilong TEMENGIL");
    }

    @Test
    void aMachineClientBelongsToNoAgencyAndSeesOnlyTheAction() throws Exception {
        String admin = new ApiClient(mvc).adminToken();
        String created = mvc.perform(MockMvcRequestBuilders.post("/api/v1/api-clients").header("Authorization", "Bearer " + admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Partner screening system\",\"scopes\":[\"SCREENING\"]}"))
                .andReturn().getResponse().getContentAsString();
        String client = JsonPath.read(created, "$.token");
        MockHttpServletResponse r = api.screen(client, Map.of("names", List.of("Bernadette Ilong Temengil")));
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(candidateFor(r, alertId)).containsEntry("view", "ACTION_ONLY").doesNotContainKey("matchedName");
        assertThat(api.get(client, "/api/v1/alerts/" + alertId).getStatus()).isEqualTo(403);
    }

    static Map<String, Object> candidateFor(MockHttpServletResponse r, String alertId) throws Exception {
        List<Map<String, Object>> found = JsonPath.read(r.getContentAsString(), "$.candidates[?(@.alertId == '" + alertId + "')]");
        assertThat(found).as("candidates in " + r.getContentAsString()).hasSize(1);
        return found.get(0);
    }
}

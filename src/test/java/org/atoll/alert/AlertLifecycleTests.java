package org.atoll.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atoll.alert.AlertFixtures.aPersonAlert;
import static org.atoll.alert.AlertFixtures.uniqueReference;

import java.util.List;
import java.util.Map;

import org.atoll.AtollIntegrationTest;
import org.atoll.alert.model.AlertStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

@AtollIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertLifecycleTests {

    @Autowired
    MockMvc mvc;

    AlertApiTestSupport api;
    String manager;

    @BeforeAll
    void officers() throws Exception {
        api = new AlertApiTestSupport(mvc);
        manager = api.officer("LABOUR", "ALERT_MANAGER");
    }

    /** Creates an alert and moves it along allowed transitions until it is in {@code status}; returns id and version. */
    private Object[] alertIn(AlertStatus status) throws Exception {
        AlertFixtures.Builder alert = aPersonAlert(uniqueReference("LAB")).named("SANTOS", "Rodel Cruz").with("category", "LABOUR_VIOLATION");
        if (status == AlertStatus.ACTIVE || status == AlertStatus.EXPIRED) {
            alert.active();
        }
        String id = api.create(manager, alert);
        int version = 1;
        if (status == AlertStatus.EXPIRED) {
            move(id, "EXPIRED", version++);
        } else if (status == AlertStatus.WITHDRAWN) {
            move(id, "WITHDRAWN", version++);
        }
        return new Object[] {id, version};
    }

    private MockHttpServletResponse move(String id, String status, int version) throws Exception {
        return api.post(manager, "/api/v1/alerts/" + id + "/status",
                "{\"status\":\"" + status + "\",\"reason\":\"lifecycle test\",\"version\":" + version + "}");
    }

    @Test
    void walksEveryAllowedStatusTransitionAndRefusesEveryOther() throws Exception {
        int allowed = 0;
        for (AlertStatus from : AlertStatus.values()) {
            for (AlertStatus to : AlertStatus.values()) {
                Object[] alert = alertIn(from);
                MockHttpServletResponse r = move((String) alert[0], to.name(), (Integer) alert[1]);
                if (from.canMoveTo(to)) {
                    allowed++;
                    assertThat(r.getStatus()).as(from + " -> " + to + ": " + r.getContentAsString()).isEqualTo(200);
                    assertThat((String) JsonPath.read(r.getContentAsString(), "$.status")).isEqualTo(to.name());
                } else {
                    assertThat(r.getStatus()).as(from + " -> " + to).isEqualTo(422);
                    assertThat((List<String>) JsonPath.read(r.getContentAsString(), "$.errors[*].field")).containsExactly("status");
                }
            }
        }
        assertThat(allowed).isEqualTo(6);
    }

    @Test
    void aStatusChangeNeedsAReasonAndTheCurrentVersion() throws Exception {
        Object[] alert = alertIn(AlertStatus.DRAFT);
        MockHttpServletResponse noReason = api.post(manager, "/api/v1/alerts/" + alert[0] + "/status", "{\"status\":\"ACTIVE\",\"version\":1}");
        assertThat(noReason.getStatus()).isEqualTo(422);
        assertThat((List<String>) JsonPath.read(noReason.getContentAsString(), "$.errors[*].field")).containsExactly("reason");
        assertThat(move((String) alert[0], "ACTIVE", 7).getStatus()).isEqualTo(409);
    }

    @Test
    void aWithdrawnAlertCannotBeEdited() throws Exception {
        String reference = uniqueReference("LAB");
        AlertFixtures.Builder alert = aPersonAlert(reference).named("REYES", "Marites");
        String id = api.create(manager, alert);
        move(id, "WITHDRAWN", 1);
        Map<String, Object> change = alert.map();
        change.put("version", 2);
        change.put("changeReason", "late correction");
        change.put("contact", "Labour office");
        MockHttpServletResponse r = api.put(manager, "/api/v1/alerts/" + id, AlertFixtures.JSON.writeValueAsString(change));
        assertThat(r.getStatus()).isEqualTo(422);
    }

    @Test
    void theHistoryKeepsEveryVersionWithWhoChangedWhatWhenAndWhy() throws Exception {
        AlertFixtures.Builder alert = aPersonAlert(uniqueReference("LAB")).named("DELA CRUZ", "Jonel").bornOn("1991");
        String id = api.create(manager, alert);
        Map<String, Object> change = alert.map();
        change.put("contact", "Labour inspectorate +680 488 5000");
        change.put("reason", "Absconded from employer in 2025; permit revoked");
        change.put("version", 1);
        change.put("changeReason", "employer reported absconding");
        assertThat(api.put(manager, "/api/v1/alerts/" + id, AlertFixtures.JSON.writeValueAsString(change)).getStatus()).isEqualTo(200);
        assertThat(move(id, "ACTIVE", 2).getStatus()).isEqualTo(200);

        MockHttpServletResponse r = api.get(manager, "/api/v1/alerts/" + id + "/history");
        assertThat(r.getStatus()).isEqualTo(200);
        String body = r.getContentAsString();
        assertThat((List<Integer>) JsonPath.read(body, "$[*].version")).containsExactly(1, 2, 3);
        assertThat((List<String>) JsonPath.read(body, "$[*].changeKind")).containsExactly("CREATED", "REVISED", "STATUS");
        assertThat((List<String>) JsonPath.read(body, "$[1].changedFields")).containsExactlyInAnyOrder("reason", "contact");
        assertThat((String) JsonPath.read(body, "$[1].changeReason")).isEqualTo("employer reported absconding");
        assertThat((String) JsonPath.read(body, "$[2].changeReason")).isEqualTo("lifecycle test");
        assertThat((List<String>) JsonPath.read(body, "$[*].status")).containsExactly("DRAFT", "DRAFT", "ACTIVE");
        assertThat((List<String>) JsonPath.read(body, "$[*].changedByAgency")).containsOnly("LABOUR");
        assertThat((String) JsonPath.read(body, "$[0].content.contact")).isEqualTo("Immigration duty officer +680 488 2498");
        assertThat((String) JsonPath.read(body, "$[1].content.contact")).isEqualTo("Labour inspectorate +680 488 5000");
    }

    @Test
    void onlyTheOwningAgencysAlertManagersChangeAnAlert() throws Exception {
        AlertFixtures.Builder alert = aPersonAlert(uniqueReference("LAB")).named("VILLANUEVA", "Arnel").sharedWith("IMMIGRATION");
        String id = api.create(manager, alert);
        String immigrationManager = api.officer("IMMIGRATION", "ALERT_MANAGER");
        Map<String, Object> change = alert.map();
        change.put("version", 1);
        change.put("changeReason", "trying");
        assertThat(api.put(immigrationManager, "/api/v1/alerts/" + id, AlertFixtures.JSON.writeValueAsString(change)).getStatus())
                .isEqualTo(403);
        String customsManager = api.officer("CUSTOMS", "ALERT_MANAGER");
        assertThat(api.put(customsManager, "/api/v1/alerts/" + id, AlertFixtures.JSON.writeValueAsString(change)).getStatus())
                .isEqualTo(404);
    }
}

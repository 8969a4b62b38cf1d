package org.atoll.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atoll.alert.AlertFixtures.aDocumentAlert;
import static org.atoll.alert.AlertFixtures.aPersonAlert;
import static org.atoll.alert.AlertFixtures.uniqueReference;

import java.util.List;
import java.util.Map;

import org.atoll.AtollIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

@AtollIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertRecordsTests {

    @Autowired
    MockMvc mvc;

    AlertApiTestSupport api;
    String policeManager;
    String immigrationManager;

    @BeforeAll
    void officers() throws Exception {
        api = new AlertApiTestSupport(mvc);
        policeManager = api.officer("POLICE", "ALERT_MANAGER");
        immigrationManager = api.officer("IMMIGRATION", "ALERT_MANAGER");
    }

    @Test
    void anAlertManagerCreatesAPersonAlertThatIsReturnedWithItsExternalReference() throws Exception {
        String reference = uniqueReference("POL");
        String id = api.create(policeManager, aPersonAlert(reference).named("OKONKWO", "Adebayo Chukwuemeka")
                .alias("Ade Okonkwo").originalScript("Адебайо Оконкво").bornOn("1979-03").nationality("NGA").sex("M")
                .holding("P", "NGA", "A07734411").ownedBy("POLICE").sharedWith("IMMIGRATION"));

        MockHttpServletResponse read = api.get(policeManager, "/api/v1/alerts/" + id);
        assertThat(read.getStatus()).isEqualTo(200);
        String body = read.getContentAsString();
        assertThat((String) JsonPath.read(body, "$.externalReference")).isEqualTo(reference);
        assertThat((String) JsonPath.read(body, "$.status")).isEqualTo("DRAFT");
        assertThat((String) JsonPath.read(body, "$.person.names[0].text")).isEqualTo("Adebayo Chukwuemeka OKONKWO");
        assertThat((Boolean) JsonPath.read(body, "$.person.names[2].originalScript")).isTrue();
        assertThat((List<String>) JsonPath.read(body, "$.person.datesOfBirth")).containsExactly("1979-03");
        assertThat((List<String>) JsonPath.read(body, "$.sharedWith")).containsExactly("IMMIGRATION");
        assertThat(read.getHeader("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void anInvalidAlertIsRefusedWithEveryFieldAtFaultNamed() throws Exception {
        MockHttpServletResponse r = api.post(policeManager, "/api/v1/alerts", aPersonAlert("")
                .bornOn("1970-13-01").nationality("ZZZ").with("actionOnHit", "SHOOT").with("reviewDate", "2099-01-01").json());
        assertThat(r.getStatus()).isEqualTo(422);
        assertThat(r.getContentType()).startsWith("application/problem+json");
        List<String> fields = JsonPath.read(r.getContentAsString(), "$.errors[*].field");
        assertThat(fields).contains("externalReference", "actionOnHit", "reviewDate", "person.names",
                "person.datesOfBirth[0]", "person.nationalities[0]");
    }

    @Test
    void anAlertManagerCannotCreateAnAlertForAnotherAgency() throws Exception {
        MockHttpServletResponse r = api.post(immigrationManager, "/api/v1/alerts",
                aPersonAlert(uniqueReference("X")).named("TELLEI", "Maria").ownedBy("POLICE").json());
        assertThat(r.getStatus()).isEqualTo(422);
        assertThat((List<String>) JsonPath.read(r.getContentAsString(), "$.errors[*].field")).contains("owningAgency");
    }

    @Test
    void aDocumentAlertNeedsIssuingStateNumberAndReason() throws Exception {
        String id = api.create(policeManager, aDocumentAlert(uniqueReference("SLTD"), "PLW", "PW0012345", "STOLEN"));
        String body = api.get(policeManager, "/api/v1/alerts/" + id).getContentAsString();
        assertThat((String) JsonPath.read(body, "$.document.reason")).isEqualTo("STOLEN");

        MockHttpServletResponse bad = api.post(policeManager, "/api/v1/alerts",
                aDocumentAlert(uniqueReference("SLTD"), "PLW", "", "MISPLACED").json());
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat((List<String>) JsonPath.read(bad.getContentAsString(), "$.errors[*].field"))
                .contains("document.number", "document.reason");
    }

    @Test
    void aStaleVersionIsAConflictWithTheCurrentVersion() throws Exception {
        String reference = uniqueReference("POL");
        AlertFixtures.Builder alert = aPersonAlert(reference).named("NGIRAIKELAU", "Joseph");
        String id = api.create(policeManager, alert);
        Map<String, Object> change = alert.map();
        change.put("contact", "Police duty desk +680 488 1422");
        change.put("version", 1);
        change.put("changeReason", "new duty desk number");
        MockHttpServletResponse first = api.put(policeManager, "/api/v1/alerts/" + id, AlertFixtures.JSON.writeValueAsString(change));
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat((Integer) JsonPath.read(first.getContentAsString(), "$.version")).isEqualTo(2);

        change.put("contact", "someone else");
        MockHttpServletResponse stale = api.put(policeManager, "/api/v1/alerts/" + id, AlertFixtures.JSON.writeValueAsString(change));
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat((Integer) JsonPath.read(stale.getContentAsString(), "$.currentVersion")).isEqualTo(2);
    }

    @Test
    void searchFindsAlertsByNameWordsAndFilters() throws Exception {
        String reference = uniqueReference("POL");
        api.create(policeManager, aPersonAlert(reference).named("RECHEBEI", "Ucheliou").ownedBy("POLICE"));
        MockHttpServletResponse r = api.get(policeManager, "/api/v1/alerts?q=ucheliou Rechebei&status=DRAFT&agency=POLICE");
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat((List<String>) JsonPath.read(r.getContentAsString(), "$[*].externalReference")).containsExactly(reference);
        assertThat(api.get(policeManager, "/api/v1/alerts?status=ASLEEP").getStatus()).isEqualTo(422);
    }
}

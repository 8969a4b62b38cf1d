package org.atoll.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atoll.alert.AlertFixtures.aPersonAlert;
import static org.atoll.alert.AlertFixtures.uniqueReference;

import com.jayway.jsonpath.JsonPath;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.atoll.ApiClient;
import org.atoll.AtollIntegrationTest;
import org.atoll.alert.AlertApiTestSupport;
import org.atoll.audit.AuditQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Interactive API round trips: a carrier asks at check-in, the authority reads the reasons and overrides. */
@AtollIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InteractiveApiTests {

    @Autowired
    MockMvc mvc;

    AlertApiTestSupport api;
    String admin;
    String paCheckIn;
    String zzCheckIn;
    String paManifestsOnly;
    String supervisor;

    @BeforeAll
    void clients() throws Exception {
        api = new AlertApiTestSupport(mvc);
        admin = new ApiClient(mvc).adminToken();
        paCheckIn = client("PA", "INTERACTIVE_API");
        zzCheckIn = client("ZZ", "INTERACTIVE_API");
        paManifestsOnly = client("PA", "MANIFEST_SUBMIT");
        supervisor = api.officer("IMMIGRATION", "SUPERVISOR");
    }

    String client(String carrier, String scope) throws Exception {
        return JsonPath.read(api.post(admin, "/api/v1/api-clients", "{\"name\":\"iAPI " + carrier + " " + scope + " "
                + System.nanoTime() + "\",\"carrierCode\":\"" + carrier + "\",\"scopes\":[\"" + scope + "\"]}")
                .getContentAsString(), "$.token");
    }

    static String request(String carrier, String surname, String given, String born, String nationality, String number) {
        return """
                {"carrier":"%s","flight":"%s808","departurePort":"GUM","departure":"2026-12-20T08:00:00",
                 "arrivalPort":"ROR","arrival":"2026-12-20T11:00:00",
                 "passenger":{"surname":"%s","givenNames":"%s","dateOfBirth":"%s","sex":"F","nationality":"%s",
                              "documentType":"P","documentNumber":"%s","documentIssuer":"%s","documentExpiry":"2034-01-01"}}"""
                .formatted(carrier, carrier, surname, given, born, nationality, number, nationality);
    }

    @Test
    void aClearPassengerMayBoardAndTheCarrierIsNeverToldWhy() throws Exception {
        MockHttpServletResponse r = api.post(paCheckIn, "/api/v1/iapi/checks",
                request("PA", "ETPISON", "MIRIAM", "1983-03-03", "USA", "544412345"));

        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
        assertThat((String) JsonPath.read(r.getContentAsString(), "$.answer")).isEqualTo("BOARD");
        assertThat((String) JsonPath.read(r.getContentAsString(), "$.directive")).isEqualTo("0Z");
        assertThat(r.getContentAsString()).doesNotContain("reasons").doesNotContain("hitIds");
    }

    @Test
    void aPassengerNeedingAVisaTheyDoNotHoldMayNotBoard() throws Exception {
        MockHttpServletResponse r = api.post(paCheckIn, "/api/v1/iapi/checks",
                request("PA", "AKTER", "RUMANA", "1991-01-11", "BGD", "BQ1234567"));

        assertThat((String) JsonPath.read(r.getContentAsString(), "$.answer")).isEqualTo("DO_NOT_BOARD");
        assertThat(r.getContentAsString()).doesNotContain("visa");
    }

    @Test
    void anAlertedPassengerMeansContactTheAuthorityAndAnOfficerOverridesTheAnswerWhichTheCarrierThenReads() throws Exception {
        String manager = api.officer("IMMIGRATION", "ALERT_MANAGER");
        api.create(manager, aPersonAlert(uniqueReference("IMM")).named("MESEBELUU", "Dorothea").bornOn("1977-07-17")
                .nationality("AUS").sex("F").active());

        String asked = api.post(paCheckIn, "/api/v1/iapi/checks",
                request("PA", "MESEBELUU", "DOROTHEA", "1977-07-17", "AUS", "PA5550001")).getContentAsString();
        assertThat((String) JsonPath.read(asked, "$.answer")).isEqualTo("CONTACT_AUTHORITY");
        String id = JsonPath.read(asked, "$.answerId");

        String authority = api.get(supervisor, "/api/v1/iapi/answers/" + id).getContentAsString();
        assertThat((List<String>) JsonPath.read(authority, "$.reasons")).anySatisfy(r -> assertThat(r).contains("REFER_TO_SECONDARY"));
        assertThat((List<String>) JsonPath.read(authority, "$.hitIds")).isNotEmpty();
        Integer version = JsonPath.read(authority, "$.version");

        assertThat(api.post(api.officer("IMMIGRATION", "PRIMARY_OFFICER"), "/api/v1/iapi/answers/" + id + "/override",
                "{\"answer\":\"BOARD\",\"reason\":\"x\",\"version\":" + version + "}").getStatus()).isEqualTo(403);
        MockHttpServletResponse overridden = api.post(supervisor, "/api/v1/iapi/answers/" + id + "/override",
                "{\"answer\":\"BOARD\",\"reason\":\"Alert owner asks that she travel; met at the booth.\",\"version\":" + version + "}");
        assertThat(overridden.getStatus()).as(overridden.getContentAsString()).isEqualTo(200);
        assertThat((String) JsonPath.read(overridden.getContentAsString(), "$.originalAnswer")).isEqualTo("CONTACT_AUTHORITY");
        assertThat(api.post(supervisor, "/api/v1/iapi/answers/" + id + "/override",
                "{\"answer\":\"DO_NOT_BOARD\",\"reason\":\"stale\",\"version\":" + version + "}").getStatus()).isEqualTo(409);

        String reread = api.get(paCheckIn, "/api/v1/iapi/answers/" + id).getContentAsString();
        assertThat((String) JsonPath.read(reread, "$.answer")).isEqualTo("BOARD");
        assertThat(reread).doesNotContain("reason").doesNotContain("overriddenBy");
        assertThat(api.get(zzCheckIn, "/api/v1/iapi/answers/" + id).getStatus()).isEqualTo(403);

        assertThat(audit.search(new AuditQuery.AuditSearch(null, "iapi-answer", id, null, null, null, 50)))
                .extracting(rec -> rec.action()).contains("IAPI_ANSWER", "IAPI_ANSWER_OVERRIDDEN");

        String list = api.get(supervisor, "/api/v1/iapi/answers?date=2026-12-20").getContentAsString();
        assertThat((List<String>) JsonPath.read(list, "$[*].id")).contains(id);
    }

    @Test
    void aOnePassengerPaxlstIsAnsweredWithACusresMessage() throws Exception {
        byte[] paxlst;
        try (InputStream in = getClass().getResourceAsStream("/manifest/guide_example_5_1_single_sector_pax.edi")) {
            paxlst = in.readAllBytes();
        }
        MockHttpServletResponse r = mvc.perform(MockMvcRequestBuilders.post("/api/v1/iapi/checks")
                .header("Authorization", "Bearer " + zzCheckIn).contentType("application/edifact").content(paxlst))
                .andReturn().getResponse();

        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
        assertThat(r.getContentType()).startsWith("application/edifact");
        String message = r.getContentAsString();
        assertThat(message).startsWith("UNA:+.? 'UNB+UNOC:4+ATOLL+ZZ+").contains("UNH+1+CUSRES:D:05B:UN:IATA'")
                .contains("TDT+20+ZZ123+++ZZ'").contains("NAD+FL+++WILLIAMS:JOHN DONALD'").contains("DOC+P+MB140241'")
                .contains("ERC+0Z'");
        List<String> segments = Arrays.asList(message.substring("UNA:+.? '".length()).split("'"));
        int unh = segments.indexOf(segments.stream().filter(s -> s.startsWith("UNH+")).findFirst().orElseThrow());
        int unt = segments.indexOf(segments.stream().filter(s -> s.startsWith("UNT+")).findFirst().orElseThrow());
        assertThat(segments.get(unt)).isEqualTo("UNT+" + (unt - unh + 1) + "+1");
    }

    @Test
    void onlyACarrierSetUpForTheInteractiveApiAsksAndOnlyForItsOwnFlights() throws Exception {
        assertThat(api.post(paManifestsOnly, "/api/v1/iapi/checks",
                request("PA", "ETPISON", "MIRIAM", "1983-03-03", "USA", "544412345")).getStatus()).isEqualTo(403);
        assertThat(api.post(zzCheckIn, "/api/v1/iapi/checks",
                request("PA", "ETPISON", "MIRIAM", "1983-03-03", "USA", "544412345")).getStatus()).isEqualTo(403);
    }

    @Test
    void aRequestWithoutAPassengerIsRefusedNamingTheField() throws Exception {
        MockHttpServletResponse r = api.post(paCheckIn, "/api/v1/iapi/checks", "{\"carrier\":\"PA\",\"flight\":\"PA1\"}");

        assertThat(r.getStatus()).isEqualTo(422);
        assertThat(r.getContentAsString()).contains("passenger");
    }

    @Autowired
    AuditQuery audit;

    @Test
    void aSupervisorOverridesAnAnswerOnTheCheckInAnswersPage() throws Exception {
        String asked = api.post(paCheckIn, "/api/v1/iapi/checks",
                request("PA", "SUGIYAMA", "HANA", "1986-06-06", "BGD", "BQ7654321")).getContentAsString();
        String id = JsonPath.read(asked, "$.answerId");
        String username = new ApiClient(mvc).createOfficer("IMMIGRATION", List.of("SUPERVISOR"));
        var session = (org.springframework.mock.web.MockHttpSession) mvc.perform(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin("/login")
                        .user(username).password(ApiClient.OFFICER_PASSWORD)).andReturn().getRequest().getSession();

        String page = mvc.perform(MockMvcRequestBuilders.get("/iapi-answers?date=2026-12-20").session(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("SUGIYAMA").contains("DO_NOT_BOARD").contains("visa required").contains("/iapi-answers/" + id + "/override");

        var posted = mvc.perform(MockMvcRequestBuilders.post("/iapi-answers/" + id + "/override").session(session)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("answer", "BOARD").param("reason", "Visa issued this morning, register not yet updated.")
                .param("version", "0").param("date", "2026-12-20")).andReturn().getResponse();
        assertThat(posted.getStatus()).isEqualTo(302);

        String reread = api.get(paCheckIn, "/api/v1/iapi/answers/" + id).getContentAsString();
        assertThat((String) JsonPath.read(reread, "$.answer")).isEqualTo("BOARD");
    }
}

package org.atoll.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;

import org.atoll.ApiClient;
import org.atoll.AtollIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

/** Intelligence reports: the circle of originator and recipients, passing on, reads recorded for the originator. */
@AtollIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntelligenceApiTests {

    @Autowired
    MockMvc mvc;

    String originatorUser;
    String originator;
    String colleague;
    String recipientUser;
    String recipient;
    String labour;
    String admin;

    @BeforeAll
    void officers() throws Exception {
        ApiClient api = new ApiClient(mvc);
        originatorUser = api.createOfficer("CUSTOMS", List.of("ANALYST"));
        originator = api.token(originatorUser, ApiClient.OFFICER_PASSWORD);
        colleague = api.officerToken("CUSTOMS", List.of("ANALYST"));
        recipientUser = api.createOfficer("POLICE", List.of("ANALYST"));
        recipient = api.token(recipientUser, ApiClient.OFFICER_PASSWORD);
        labour = api.officerToken("LABOUR", List.of("ANALYST"));
        admin = api.adminToken();
    }

    MockHttpServletResponse call(MockHttpServletRequestBuilder b, String token, String json) throws Exception {
        b.header("Authorization", "Bearer " + token);
        if (json != null) {
            b.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(b).andReturn().getResponse();
    }

    String report(String subject, boolean mayBePassedOn) throws Exception {
        var r = call(post("/api/v1/intelligence"), originator, """
                {"subject":"%s","content":"Courier uses PR flights on Fridays","sourceReliability":"B",
                 "informationCredibility":"2","mayBePassedOn":%s,"sanitisedSummary":"Courier activity on Friday flights",
                 "sensitivity":"SENSITIVE","links":[{"kind":"PERSON","personName":"Kebekol Rengiil"}]}"""
                .formatted(subject, mayBePassedOn));
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(201);
        return JsonPath.read(r.getContentAsString(), "$.id");
    }

    @Test
    void onlyTheOriginatorAndRecipientsLearnThatAReportExists() throws Exception {
        String subject = "Courier " + UUID.randomUUID().toString().substring(0, 6);
        String id = report(subject, false);
        assertThat(call(get("/api/v1/intelligence/" + id), recipient, null).getStatus()).isEqualTo(404);
        assertThat(call(post("/api/v1/intelligence/" + id + "/disseminations"), originator,
                "{\"recipients\":[{\"agency\":\"POLICE\",\"officer\":\"" + recipientUser + "\"}]}").getStatus()).isEqualTo(201);

        assertThat(call(get("/api/v1/intelligence/" + id), recipient, null).getStatus()).isEqualTo(200);
        assertThat(call(get("/api/v1/intelligence"), recipient, null).getContentAsString()).contains(id);
        for (String outsider : List.of(colleague, labour)) {
            assertThat(call(get("/api/v1/intelligence/" + id), outsider, null).getStatus()).isEqualTo(404);
            assertThat(call(get("/api/v1/intelligence"), outsider, null).getContentAsString()).doesNotContain(id);
            var search = call(get("/api/v1/search").param("q", subject), outsider, null).getContentAsString();
            assertThat((Integer) JsonPath.read(search, "$.intelligenceCount")).isZero();
            assertThat(call(post("/api/v1/intelligence/" + id + "/disseminations"), outsider,
                    "{\"recipients\":[{\"agency\":\"LABOUR\"}]}").getStatus()).isEqualTo(404);
        }
        var found = call(get("/api/v1/search").param("q", subject), recipient, null).getContentAsString();
        assertThat((Integer) JsonPath.read(found, "$.intelligenceCount")).isEqualTo(1);
        assertThat(call(get("/api/v1/search").param("person", "rengiil"), recipient, null).getContentAsString()).contains(id);
    }

    @Test
    void theOriginatorSeesEveryDisseminationAndEveryReadAndRecipientsDoNot() throws Exception {
        String id = report("Reads recorded", false);
        call(post("/api/v1/intelligence/" + id + "/disseminations"), originator, "{\"recipients\":[{\"agency\":\"POLICE\"}]}");
        call(get("/api/v1/intelligence/" + id), recipient, null);
        var asOriginator = call(get("/api/v1/intelligence/" + id), originator, null).getContentAsString();
        assertThat((List<String>) JsonPath.read(asOriginator, "$.disseminations[*].recipient.agency")).containsExactly("POLICE");
        assertThat((List<String>) JsonPath.read(asOriginator, "$.reads[*].reader")).contains(recipientUser, originatorUser);
        var asRecipient = call(get("/api/v1/intelligence/" + id), recipient, null).getContentAsString();
        assertThat((List<Object>) JsonPath.read(asRecipient, "$.reads")).isEmpty();
        assertThat((String) JsonPath.read(asRecipient, "$.grading")).isEqualTo("B2");

        var audit = call(get("/api/v1/audit").param("objectId", id), admin, null).getContentAsString();
        assertThat((List<String>) JsonPath.read(audit, "$[?(@.action == 'INTELLIGENCE_READ')].actor")).contains(recipientUser);
        assertThat((List<String>) JsonPath.read(audit, "$[*].action")).contains("INTELLIGENCE_DISSEMINATED", "INTELLIGENCE_CREATED");
    }

    @Test
    void recipientsAreNotifiedWithTheSanitisedSummaryOnlyAndNobodyElseIs() throws Exception {
        String subject = "Notified " + UUID.randomUUID().toString().substring(0, 6);
        String id = report(subject, false);
        String otherPolice = new ApiClient(mvc).officerToken("POLICE", List.of("ANALYST"));
        assertThat(call(post("/api/v1/intelligence/" + id + "/disseminations"), originator,
                "{\"recipients\":[{\"agency\":\"POLICE\",\"officer\":\"" + recipientUser + "\"},{\"agency\":\"LABOUR\"}]}")
                .getStatus()).isEqualTo(201);

        for (String token : List.of(recipient, labour)) {
            var mine = call(get("/api/v1/notifications"), token, null).getContentAsString();
            List<String> texts = JsonPath.read(mine, "$[?(@.reportId == '" + id + "')].text");
            assertThat(texts).containsExactly("Intelligence report shared with you by CUSTOMS: Courier activity on Friday flights");
            assertThat(mine).doesNotContain(subject).doesNotContain("PR flights");
        }
        for (String outsider : List.of(otherPolice, colleague)) {
            assertThat(call(get("/api/v1/notifications"), outsider, null).getContentAsString())
                    .as("a named officer's notification is theirs alone").doesNotContain(id);
        }

        var bare = call(post("/api/v1/intelligence"), originator, """
                {"subject":"No summary","content":"Secret content","sourceReliability":"C","informationCredibility":"3",
                 "mayBePassedOn":false,"sensitivity":"SECRET"}""");
        assertThat(bare.getStatus()).as(bare.getContentAsString()).isEqualTo(201);
        String bareId = JsonPath.read(bare.getContentAsString(), "$.id");
        call(post("/api/v1/intelligence/" + bareId + "/disseminations"), originator, "{\"recipients\":[{\"agency\":\"LABOUR\"}]}");
        var labourNotes = call(get("/api/v1/notifications"), labour, null).getContentAsString();
        assertThat((List<String>) JsonPath.read(labourNotes, "$[?(@.reportId == '" + bareId + "')].text"))
                .containsExactly("Intelligence report shared with you by CUSTOMS");
    }

    @Test
    void aRecipientCannotPassAReportOnUnlessItsHandlingAllows() throws Exception {
        String closed = report("Not to be passed on", false);
        call(post("/api/v1/intelligence/" + closed + "/disseminations"), originator, "{\"recipients\":[{\"agency\":\"POLICE\"}]}");
        var refused = call(post("/api/v1/intelligence/" + closed + "/disseminations"), recipient,
                "{\"recipients\":[{\"agency\":\"LABOUR\"}]}");
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString()).contains("do not allow recipients to pass this report on");
        assertThat(call(get("/api/v1/intelligence/" + closed), labour, null).getStatus()).isEqualTo(404);

        String open = report("May be passed on", true);
        call(post("/api/v1/intelligence/" + open + "/disseminations"), originator, "{\"recipients\":[{\"agency\":\"POLICE\"}]}");
        assertThat(call(post("/api/v1/intelligence/" + open + "/disseminations"), recipient,
                "{\"recipients\":[{\"agency\":\"LABOUR\"}]}").getStatus()).isEqualTo(201);
        assertThat(call(get("/api/v1/intelligence/" + open), labour, null).getStatus()).isEqualTo(200);
        assertThat(call(get("/api/v1/intelligence/" + open), originator, null).getContentAsString())
                .contains("\"by\":\"" + recipientUser + "\"");
    }

    @Test
    void gradingOutsideTheConfiguredSchemeIsRefusedWithTheFieldNamed() throws Exception {
        var r = call(post("/api/v1/intelligence"), originator, """
                {"subject":"Bad grade","content":"x","sourceReliability":"1","informationCredibility":"A",
                 "handlingCode":"P","sensitivity":"OFFICIAL"}""");
        assertThat(r.getStatus()).isEqualTo(422);
        assertThat((List<String>) JsonPath.read(r.getContentAsString(), "$.errors[*].field")).contains("sourceReliability");
    }

    @Test
    void aReportCannotBeLinkedToAnIncidentThatDoesNotExist() throws Exception {
        var r = call(post("/api/v1/intelligence"), originator, """
                {"subject":"Linked","content":"x","sourceReliability":"C","informationCredibility":"3","sensitivity":"OFFICIAL",
                 "links":[{"kind":"INCIDENT","targetId":"%s"}]}""".formatted(UUID.randomUUID()));
        assertThat(r.getStatus()).isEqualTo(422);
        assertThat(r.getContentAsString()).contains("links.targetId");
        var unknownAlert = call(post("/api/v1/intelligence"), originator, """
                {"subject":"Linked","content":"x","sourceReliability":"C","informationCredibility":"3","sensitivity":"OFFICIAL",
                 "links":[{"kind":"ALERT","targetId":"%s"}]}""".formatted(UUID.randomUUID()));
        assertThat(unknownAlert.getStatus()).isEqualTo(422);
        assertThat(unknownAlert.getContentAsString()).contains("links.targetId").contains("No alert");
    }
}

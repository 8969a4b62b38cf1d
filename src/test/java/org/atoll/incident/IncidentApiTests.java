package org.atoll.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

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

/** Incidents through the API: need-to-know by agency, the status graph, tasks, links, stale edits, audit. */
@AtollIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncidentApiTests {

    @Autowired
    MockMvc mvc;

    ApiClient api;
    String customsUser;
    String customs;
    String biosecurityUser;
    String biosecurity;
    String police;
    String admin;

    @BeforeAll
    void officers() throws Exception {
        api = new ApiClient(mvc);
        customsUser = api.createOfficer("CUSTOMS", List.of("ANALYST"));
        customs = api.token(customsUser, ApiClient.OFFICER_PASSWORD);
        biosecurityUser = api.createOfficer("BIOSECURITY", List.of("ANALYST"));
        biosecurity = api.token(biosecurityUser, ApiClient.OFFICER_PASSWORD);
        police = api.officerToken("POLICE", List.of("ANALYST"));
        admin = api.adminToken();
    }

    MockHttpServletResponse call(org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> b, String token, String json) throws Exception {
        b.header("Authorization", "Bearer " + token);
        if (json != null) {
            b.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(b).andReturn().getResponse();
    }

    String reportInterception(String token, String description) throws Exception {
        var r = call(post("/api/v1/incidents"), token, """
                {"type":"BIOSECURITY_INTERCEPTION","occurredAt":"2026-01-10T09:30:00Z","port":"PWROR",
                 "place":"Baggage hall","description":"%s","severity":"MEDIUM",
                 "participatingAgencies":["BIOSECURITY"]}""".formatted(description));
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(201);
        return JsonPath.read(r.getContentAsString(), "$.id");
    }

    @Autowired
    org.springframework.beans.factory.ObjectProvider<org.springframework.mail.javamail.JavaMailSender> mailSender;

    @Test
    void noMailIsSentUnlessSmtpIsConfigured() {
        assertThat(mailSender.getIfAvailable()).as("no spring.mail.host in the default configuration").isNull();
    }

    @Test
    void leadAndParticipatingAgenciesSeeAnIncidentAndOthersAreToldItDoesNotExist() throws Exception {
        String id = reportInterception(customs, "Mangoes in a cooler");
        assertThat(call(get("/api/v1/incidents/" + id), customs, null).getStatus()).isEqualTo(200);
        var asBio = call(get("/api/v1/incidents/" + id), biosecurity, null);
        assertThat(asBio.getStatus()).isEqualTo(200);
        assertThat((String) JsonPath.read(asBio.getContentAsString(), "$.leadAgency")).isEqualTo("CUSTOMS");
        var asPolice = call(get("/api/v1/incidents/" + id), police, null);
        assertThat(asPolice.getStatus()).isEqualTo(404);
        assertThat(asPolice.getContentType()).startsWith("application/problem+json");
        assertThat(call(get("/api/v1/incidents/" + UUID.randomUUID()), police, null).getContentAsString())
                .as("the same answer as for an incident that does not exist")
                .contains("\"status\":404");
        assertThat(call(post("/api/v1/incidents/" + id + "/status"), police, "{\"status\":\"CLOSED\"}").getStatus()).isEqualTo(404);
        assertThat(call(get("/api/v1/incidents"), police, null).getContentAsString()).doesNotContain(id);
        assertThat(call(get("/api/v1/incidents"), biosecurity, null).getContentAsString()).contains(id);
    }

    @Test
    void searchFindsOnlyWhatTheOfficerMaySeeAndCountsNothingElse() throws Exception {
        String marker = "Giantsnail" + UUID.randomUUID().toString().substring(0, 6);
        String id = reportInterception(customs, "Live " + marker + " in hand luggage");
        call(post("/api/v1/incidents/" + id + "/links"), customs,
                "{\"kind\":\"PERSON\",\"personName\":\"Dirra Ngiraked\",\"dateOfBirth\":\"1981-03-09\"}");
        call(post("/api/v1/incidents/" + id + "/links"), customs, "{\"kind\":\"DOCUMENT\",\"targetId\":\"PW1234567\"}");
        var mine = call(get("/api/v1/search").param("q", marker.toLowerCase()), biosecurity, null).getContentAsString();
        assertThat((Integer) JsonPath.read(mine, "$.incidentCount")).isEqualTo(1);
        assertThat(mine).contains(id);
        var theirs = call(get("/api/v1/search").param("q", marker), police, null).getContentAsString();
        assertThat((Integer) JsonPath.read(theirs, "$.incidentCount")).isZero();
        assertThat(theirs).doesNotContain(id);
        assertThat(call(get("/api/v1/search").param("person", "ngiraked"), customs, null).getContentAsString()).contains(id);
        assertThat(call(get("/api/v1/search").param("person", "ngiraked"), police, null).getContentAsString()).doesNotContain(id);
        assertThat(call(get("/api/v1/search").param("document", "PW1234567"), customs, null).getContentAsString()).contains(id);
        assertThat(call(get("/api/v1/search").param("port", "PWROR").param("type", "BIOSECURITY_INTERCEPTION")
                .param("from", "2026-01-10").param("to", "2026-01-10"), customs, null).getContentAsString()).contains(id);
        assertThat(call(get("/api/v1/search").param("from", "2026-01-11"), customs, null).getContentAsString()).doesNotContain(id);
    }

    @Test
    void theStatusFollowsTheGraphAndReopeningNeedsAReason() throws Exception {
        String id = reportInterception(customs, "Status walk");
        String path = "/api/v1/incidents/" + id + "/status";
        assertThat(call(post(path), customs, "{\"status\":\"ACTION_TAKEN\"}").getStatus()).isEqualTo(422);
        for (String s : List.of("UNDER_INVESTIGATION", "ACTION_TAKEN", "CLOSED")) {
            var r = call(post(path), customs, "{\"status\":\"" + s + "\"}");
            assertThat(r.getStatus()).as(s + ": " + r.getContentAsString()).isEqualTo(200);
            assertThat((String) JsonPath.read(r.getContentAsString(), "$.status")).isEqualTo(s);
        }
        var noReason = call(post(path), customs, "{\"status\":\"REOPENED\"}");
        assertThat(noReason.getStatus()).isEqualTo(422);
        assertThat(noReason.getContentAsString()).contains("\"field\":\"reason\"");
        var reopened = call(post(path), biosecurity, "{\"status\":\"REOPENED\",\"reason\":\"More snails found\"}");
        assertThat(reopened.getStatus()).isEqualTo(200);
        assertThat(reopened.getContentAsString()).contains("CLOSED → REOPENED: More snails found");
    }

    @Test
    void anEditBasedOnAStaleVersionIsRefusedWith409AndOverwritesNothing() throws Exception {
        String id = reportInterception(customs, "Original description");
        String edit = """
                {"type":"BIOSECURITY_INTERCEPTION","occurredAt":"2026-01-10T09:30:00Z","port":"PWROR",
                 "description":"%s","severity":"HIGH","participatingAgencies":["BIOSECURITY"],"version":%d}""";
        var first = call(put("/api/v1/incidents/" + id), customs, edit.formatted("First edit", 0));
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat((Integer) JsonPath.read(first.getContentAsString(), "$.version")).isEqualTo(1);
        var stale = call(put("/api/v1/incidents/" + id), biosecurity, edit.formatted("Stale edit", 0));
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat((Integer) JsonPath.read(stale.getContentAsString(), "$.currentVersion")).isEqualTo(1);
        assertThat(call(get("/api/v1/incidents/" + id), customs, null).getContentAsString())
                .contains("First edit").doesNotContain("Stale edit");
        var staleStatus = call(post("/api/v1/incidents/" + id + "/status"), customs,
                "{\"status\":\"UNDER_INVESTIGATION\",\"version\":0}");
        assertThat(staleStatus.getStatus()).isEqualTo(409);
    }

    @Test
    void aTaskForAnotherAgencyMakesItAParticipantNotifiesItAndOnlyItCanCompleteIt() throws Exception {
        var created = call(post("/api/v1/incidents"), customs, """
                {"type":"SMUGGLING","occurredAt":"2026-02-01T10:00:00Z","description":"Cigarettes in a tyre",
                 "severity":"HIGH"}""");
        String id = JsonPath.read(created.getContentAsString(), "$.id");
        assertThat(call(get("/api/v1/incidents/" + id), police, null).getStatus()).isEqualTo(404);
        var task = call(post("/api/v1/incidents/" + id + "/tasks"), customs,
                "{\"title\":\"Interview the driver\",\"assignedAgency\":\"POLICE\",\"dueDate\":\"2026-02-03\"}");
        assertThat(task.getStatus()).isEqualTo(201);
        String taskId = JsonPath.read(task.getContentAsString(), "$.id");
        assertThat(call(get("/api/v1/incidents/" + id), police, null).getContentAsString()).contains("Interview the driver");
        assertThat(call(get("/api/v1/notifications"), police, null).getContentAsString()).contains("Interview the driver");
        String completion = "/api/v1/incidents/" + id + "/tasks/" + taskId + "/completion";
        assertThat(call(post(completion), customs, "{\"outcome\":\"done\"}").getStatus()).isEqualTo(403);
        var done = call(post(completion), police, "{\"outcome\":\"Driver admitted ownership\"}");
        assertThat(done.getStatus()).isEqualTo(200);
        assertThat((String) JsonPath.read(done.getContentAsString(), "$.outcome")).isEqualTo("Driver admitted ownership");
        var detail = call(get("/api/v1/incidents/" + id), customs, null).getContentAsString();
        assertThat(detail).contains("Task completed: Interview the driver");
        assertThat((List<String>) JsonPath.read(detail, "$.log[*].kind")).containsSubsequence("REPORTED", "TASK", "TASK_DONE");
        assertThat(call(get("/api/v1/notifications"), customs, null).getContentAsString()).contains("Task completed");
    }

    @Test
    void anOfficerMarksANotificationReadForThemselvesOnlyAndOnlyTheirOwn() throws Exception {
        String title = "Weigh the cargo " + UUID.randomUUID().toString().substring(0, 6);
        var created = call(post("/api/v1/incidents"), customs, """
                {"type":"SMUGGLING","occurredAt":"2026-02-01T10:00:00Z","description":"Heavy crate","severity":"LOW"}""");
        String id = JsonPath.read(created.getContentAsString(), "$.id");
        assertThat(call(post("/api/v1/incidents/" + id + "/tasks"), customs,
                "{\"title\":\"" + title + "\",\"assignedAgency\":\"POLICE\"}").getStatus()).isEqualTo(201);
        String otherPolice = api.officerToken("POLICE", List.of("ANALYST"));
        var before = call(get("/api/v1/notifications").param("unread", "true"), police, null).getContentAsString();
        List<java.util.Map<String, Object>> notes = JsonPath.read(before, "$[*]");
        List<String> ids = notes.stream().filter(n -> String.valueOf(n.get("text")).contains(title))
                .map(n -> (String) n.get("id")).toList();
        assertThat(ids).hasSize(1);
        String note = ids.get(0);

        assertThat(call(post("/api/v1/notifications/" + note + "/read"), customs, null).getStatus())
                .as("not addressed to customs").isEqualTo(404);
        assertThat(call(post("/api/v1/notifications/not-an-id/read"), police, null).getStatus()).isEqualTo(404);
        assertThat(call(post("/api/v1/notifications/" + note + "/read"), police, null).getStatus()).isEqualTo(204);
        assertThat(call(post("/api/v1/notifications/" + note + "/read"), police, null).getStatus())
                .as("marking it again changes nothing").isEqualTo(204);

        assertThat(call(get("/api/v1/notifications").param("unread", "true"), police, null).getContentAsString())
                .doesNotContain(note);
        var all = call(get("/api/v1/notifications"), police, null).getContentAsString();
        assertThat((List<Object>) JsonPath.read(all, "$[?(@.id == '" + note + "')].readAt")).singleElement().isNotNull();
        assertThat(call(get("/api/v1/notifications").param("unread", "true"), otherPolice, null).getContentAsString())
                .as("a colleague of the same agency still has it unread").contains(note);
    }

    @Test
    void theListFiltersByStatusAndByOverdueTasks() throws Exception {
        String marker = "PW" + UUID.randomUUID().toString().substring(0, 3).toUpperCase();
        String late = reportInterception(customs, "Late task " + marker);
        String investigated = reportInterception(customs, "Investigated " + marker);
        assertThat(call(post("/api/v1/incidents/" + late + "/tasks"), customs,
                "{\"title\":\"Overdue check\",\"assignedAgency\":\"CUSTOMS\",\"dueDate\":\"2020-01-01\"}").getStatus())
                .isEqualTo(201);
        assertThat(call(post("/api/v1/incidents/" + investigated + "/tasks"), customs,
                "{\"title\":\"Future check\",\"assignedAgency\":\"CUSTOMS\",\"dueDate\":\"2999-01-01\"}").getStatus())
                .isEqualTo(201);
        assertThat(call(post("/api/v1/incidents/" + investigated + "/status"), customs,
                "{\"status\":\"UNDER_INVESTIGATION\"}").getStatus()).isEqualTo(200);

        List<String> overdue = JsonPath.read(call(get("/api/v1/incidents").param("overdue", "true"), customs, null)
                .getContentAsString(), "$[*].id");
        assertThat(overdue).contains(late).doesNotContain(investigated);
        List<String> underInvestigation = JsonPath.read(call(get("/api/v1/incidents").param("status", "under_investigation"),
                customs, null).getContentAsString(), "$[*].id");
        assertThat(underInvestigation).contains(investigated).doesNotContain(late);
        var bad = call(get("/api/v1/incidents").param("status", "SOLVED"), customs, null);
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(bad.getContentAsString()).contains("\"field\":\"status\"");
        assertThat(call(get("/api/v1/incidents").param("overdue", "true"), police, null).getContentAsString())
                .as("overdue filter still keeps to need-to-know").doesNotContain(late);
    }

    @Test
    void aLinkToAnIncidentTheOfficerCannotSeeOrThatDoesNotExistIsRefusedWith422() throws Exception {
        String mine = reportInterception(customs, "Link source");
        var policeIncident = call(post("/api/v1/incidents"), police, """
                {"type":"OTHER","occurredAt":"2026-02-01T10:00:00Z","description":"Police only","severity":"LOW"}""");
        String theirs = JsonPath.read(policeIncident.getContentAsString(), "$.id");
        String path = "/api/v1/incidents/" + mine + "/links";
        assertThat(call(post(path), customs, "{\"kind\":\"INCIDENT\",\"targetId\":\"" + UUID.randomUUID() + "\"}").getStatus())
                .isEqualTo(422);
        var hidden = call(post(path), customs, "{\"kind\":\"INCIDENT\",\"targetId\":\"" + theirs + "\"}");
        assertThat(hidden.getStatus()).isEqualTo(422);
        assertThat(hidden.getContentAsString()).contains("\"field\":\"targetId\"");
        String other = reportInterception(customs, "Link target");
        assertThat(call(post(path), customs, "{\"kind\":\"INCIDENT\",\"targetId\":\"" + other + "\"}").getStatus()).isEqualTo(201);
        assertThat(call(post(path), customs, "{\"kind\":\"VESSEL\",\"targetId\":\"IMO9074729\"}").getStatus()).isEqualTo(201);
        assertThat(call(post(path), customs, "{\"kind\":\"SPACESHIP\",\"targetId\":\"x\"}").getStatus()).isEqualTo(422);
        assertThat(call(get("/api/v1/incidents/" + mine), customs, null).getContentAsString()).contains(other).contains("IMO9074729");
    }

    @Test
    void invalidReportsNameTheirFields() throws Exception {
        var r = call(post("/api/v1/incidents"), customs,
                "{\"type\":\"ALIEN_LANDING\",\"port\":\"XXXXX\",\"description\":\"\",\"severity\":\"LOW\"}");
        assertThat(r.getStatus()).isEqualTo(422);
        assertThat((List<String>) JsonPath.read(r.getContentAsString(), "$.errors[*].field"))
                .contains("type", "occurredAt", "port", "description");
    }

    @Test
    void administratorsExtendTheListOfIncidentTypes() throws Exception {
        String code = "WILDLIFE_" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        assertThat(call(post("/api/v1/incident-types"), customs, "{\"code\":\"" + code + "\",\"label\":\"Wildlife\"}").getStatus())
                .isEqualTo(403);
        assertThat(call(post("/api/v1/incident-types"), admin, "{\"code\":\"" + code + "\",\"label\":\"Wildlife trade\"}").getStatus())
                .isEqualTo(201);
        var r = call(post("/api/v1/incidents"), customs, """
                {"type":"%s","occurredAt":"2026-02-01T10:00:00Z","description":"Turtle shells","severity":"LOW"}""".formatted(code));
        assertThat(r.getStatus()).isEqualTo(201);
        assertThat((String) JsonPath.read(r.getContentAsString(), "$.typeLabel")).isEqualTo("Wildlife trade");
    }

    @Test
    void everyReadIsAuditedAndARefusedReadToo() throws Exception {
        String id = reportInterception(customs, "Audited");
        call(get("/api/v1/incidents/" + id), biosecurity, null);
        call(get("/api/v1/incidents/" + id), police, null);
        var records = call(get("/api/v1/audit").param("objectId", id), admin, null).getContentAsString();
        assertThat((List<String>) JsonPath.read(records, "$[?(@.action == 'INCIDENT_READ')].actor")).contains(biosecurityUser);
        assertThat((List<String>) JsonPath.read(records, "$[?(@.action == 'INCIDENT_READ')].outcome")).contains("SUCCESS", "DENIED");
        assertThat((List<String>) JsonPath.read(records, "$[*].action")).contains("INCIDENT_REPORTED");
    }

    @Test
    void anAlertProposedFromAnIncidentArrivesAsADraftAtTheOwningAgencyAndIsLinkedBack() throws Exception {
        String id = reportInterception(customs, "Repeat offender");
        var r = call(post("/api/v1/incidents/" + id + "/alert-proposals"), customs, """
                {"owningAgency":"IMMIGRATION","surname":"Ngiraked","givenNames":"Dirra","dateOfBirth":"1981-03-09",
                 "nationality":"PLW","reason":"Third interception this year"}""");
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(201);
        String alertId = JsonPath.read(r.getContentAsString(), "$.alertId");

        String immigrationManager = api.officerToken("IMMIGRATION", List.of("ALERT_MANAGER"));
        var alert = call(get("/api/v1/alerts/" + alertId), immigrationManager, null);
        assertThat(alert.getStatus()).isEqualTo(200);
        String body = alert.getContentAsString();
        assertThat((String) JsonPath.read(body, "$.status")).isEqualTo("DRAFT");
        assertThat((String) JsonPath.read(body, "$.owningAgency")).isEqualTo("IMMIGRATION");
        assertThat((String) JsonPath.read(body, "$.person.names[0].surname")).isEqualTo("Ngiraked");
        assertThat((String) JsonPath.read(body, "$.reason")).contains("Third interception").contains("incident " + id);
        assertThat((String) JsonPath.read(body, "$.createdBy")).isEqualTo(customsUser);
        assertThat(call(get("/api/v1/alerts/" + alertId), api.officerToken("CUSTOMS", List.of("ALERT_MANAGER")), null).getStatus())
                .as("the proposing agency does not see the other agency's alert").isEqualTo(404);

        var incident = call(get("/api/v1/incidents/" + id), customs, null).getContentAsString();
        assertThat((List<String>) JsonPath.read(incident, "$.links[?(@.kind == 'ALERT')].targetId")).containsExactly(alertId);
        assertThat(incident).contains("Alert proposed to IMMIGRATION: Dirra Ngiraked");
        assertThat(call(get("/api/v1/notifications"), immigrationManager, null).getContentAsString())
                .contains("Alert proposed from an incident");
    }

    @Test
    void anAlertProposalNamesTheFieldAtFault() throws Exception {
        String id = reportInterception(customs, "Bad proposal");
        var noName = call(post("/api/v1/incidents/" + id + "/alert-proposals"), customs,
                "{\"owningAgency\":\"IMMIGRATION\",\"reason\":\"x\"}");
        assertThat(noName.getStatus()).isEqualTo(422);
        assertThat(noName.getContentAsString()).contains("\"field\":\"surname\"");
        var badCountry = call(post("/api/v1/incidents/" + id + "/alert-proposals"), customs, """
                {"owningAgency":"IMMIGRATION","kind":"DOCUMENT","documentIssuingState":"QQQ","documentNumber":"PW123","reason":"Forged"}""");
        assertThat(badCountry.getStatus()).isEqualTo(422);
        assertThat(badCountry.getContentAsString()).contains("\"field\":\"documentIssuingState\"");
        var unknownAgency = call(post("/api/v1/incidents/" + id + "/alert-proposals"), customs,
                "{\"owningAgency\":\"NOBODY\",\"surname\":\"X\",\"reason\":\"x\"}");
        assertThat(unknownAgency.getStatus()).isEqualTo(422);
        assertThat(unknownAgency.getContentAsString()).contains("\"field\":\"owningAgency\"");
        assertThat(call(post("/api/v1/incidents/" + id + "/alert-proposals"), police,
                "{\"owningAgency\":\"IMMIGRATION\",\"surname\":\"X\",\"reason\":\"x\"}").getStatus())
                .as("outside the incident's agencies").isEqualTo(404);
    }

    @Test
    void monthlyCountsByTypeAndPortCountOnlyWhatTheOfficerMaySee() throws Exception {
        var before = call(get("/api/v1/incidents/counts").param("from", "2025-07-01").param("to", "2025-07-31"), police, null)
                .getContentAsString();
        call(post("/api/v1/incidents"), customs, """
                {"type":"CONTRABAND","occurredAt":"2025-07-15T10:00:00Z","port":"PWROR","description":"Fireworks",
                 "severity":"LOW"}""");
        call(post("/api/v1/incidents"), customs, """
                {"type":"CONTRABAND","occurredAt":"2025-07-20T10:00:00Z","port":"PWROR","description":"More fireworks",
                 "severity":"LOW"}""");
        var counts = call(get("/api/v1/incidents/counts").param("from", "2025-07-01").param("to", "2025-07-31"), customs, null)
                .getContentAsString();
        assertThat((List<Integer>) JsonPath.read(counts, "$[?(@.type == 'CONTRABAND' && @.port == 'PWROR' && @.month == '2025-07')].count"))
                .containsExactly(2);
        assertThat(call(get("/api/v1/incidents/counts").param("from", "2025-07-01").param("to", "2025-07-31"), police, null)
                .getContentAsString()).isEqualTo(before);
    }

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @Test
    void aPhotoIsAttachedByItsMagicBytesAndOnlyThoseWhoSeeTheIncidentCanFetchIt() throws Exception {
        String id = reportInterception(customs, "Photographed");
        var upload = call(multipart("/api/v1/incidents/" + id + "/attachments")
                .file(new org.springframework.mock.web.MockMultipartFile("file", "bag.png", "image/png", PNG)), customs, null);
        assertThat(upload.getStatus()).as(upload.getContentAsString()).isEqualTo(201);
        String attachment = JsonPath.read(upload.getContentAsString(), "$.id");
        var fetched = call(get("/api/v1/incidents/" + id + "/attachments/" + attachment), biosecurity, null);
        assertThat(fetched.getStatus()).isEqualTo(200);
        assertThat(fetched.getContentType()).isEqualTo("image/png");
        assertThat(fetched.getContentAsByteArray()).isEqualTo(PNG);
        assertThat(call(get("/api/v1/incidents/" + id + "/attachments/" + attachment), police, null).getStatus()).isEqualTo(404);

        var disguised = call(multipart("/api/v1/incidents/" + id + "/attachments")
                .file(new org.springframework.mock.web.MockMultipartFile("file", "photo.png", "image/png",
                        "<html><script>alert(1)</script></html>".getBytes())), customs, null);
        assertThat(disguised.getStatus()).isEqualTo(422);
        assertThat(disguised.getContentAsString()).contains("\"field\":\"file\"");
    }

    @Test
    void theLinkGraphJoinsIncidentsThroughSharedRecordsAndHidesIncidentsTheOfficerCannotSee() throws Exception {
        String first = reportInterception(customs, "Graph one");
        String second = reportInterception(customs, "Graph two");
        var policeIncident = call(post("/api/v1/incidents"), police, """
                {"type":"OTHER","occurredAt":"2026-02-01T10:00:00Z","description":"Police graph","severity":"LOW",
                 "participatingAgencies":["CUSTOMS"]}""");
        String policeId = JsonPath.read(policeIncident.getContentAsString(), "$.id");
        call(post("/api/v1/incidents/" + first + "/links"), customs, "{\"kind\":\"DOCUMENT\",\"targetId\":\"PW7654321\"}");
        call(post("/api/v1/incidents/" + second + "/links"), customs, "{\"kind\":\"DOCUMENT\",\"targetId\":\"PW7654321\"}");
        call(post("/api/v1/incidents/" + first + "/links"), customs, "{\"kind\":\"INCIDENT\",\"targetId\":\"" + second + "\"}");
        call(post("/api/v1/incidents/" + second + "/links"), customs, "{\"kind\":\"INCIDENT\",\"targetId\":\"" + policeId + "\"}");

        var graph = call(get("/api/v1/incidents/" + first + "/graph"), customs, null).getContentAsString();
        assertThat((List<String>) JsonPath.read(graph, "$.nodes[?(@.kind == 'DOCUMENT')].key")).containsExactly("DOCUMENT:PW7654321");
        assertThat((List<String>) JsonPath.read(graph, "$.edges[?(@.to == 'DOCUMENT:PW7654321')].from"))
                .containsExactlyInAnyOrder("INCIDENT:" + first, "INCIDENT:" + second);
        assertThat(graph).contains(policeId);

        var asBiosecurity = call(get("/api/v1/incidents/" + first + "/graph"), biosecurity, null).getContentAsString();
        assertThat(asBiosecurity).contains(second).doesNotContain(policeId);
    }

    String issuedVisa() throws Exception {
        String visaOfficer = api.officerToken("IMMIGRATION", List.of("VISA_OFFICER"));
        String passport = "BX" + UUID.randomUUID().toString().replace("-", "").substring(0, 7).toUpperCase();
        java.time.LocalDate today = org.atoll.TestDates.today();
        var submitted = call(post("/api/v1/visa-applications"), visaOfficer, """
                {"applicant":{"surname":"Hossain","givenNames":"Rahim","dateOfBirth":"1990-04-02","nationality":"BGD","sex":"M",
                  "passport":{"number":"%s","issuingState":"BGD","expiry":"%s"}},
                 "visaType":"EV","purpose":"TOURISM","intendedArrival":"%s","intendedDeparture":"%s","feeStatus":"PAID"}"""
                .formatted(passport, today.plusYears(5), today.plusDays(30), today.plusDays(43)));
        assertThat(submitted.getStatus()).as(submitted.getContentAsString()).isEqualTo(201);
        String application = JsonPath.read(submitted.getContentAsString(), "$.id");
        call(post("/api/v1/visa-applications/" + application + "/review"), visaOfficer, null);
        call(post("/api/v1/visa-applications/" + application + "/decision"), visaOfficer, "{\"decision\":\"APPROVED\"}");
        var issued = call(post("/api/v1/visa-applications/" + application + "/issue"), visaOfficer, "{}");
        return JsonPath.read(issued.getContentAsString(), "$.number");
    }

    @Test
    void aReferralGivesTheAgencyATaskAndAVisaRevocationIsRecordedOnTheVisaForTheVisaOffice() throws Exception {
        String id = reportInterception(customs, "Referred");
        var referral = call(post("/api/v1/incidents/" + id + "/referrals"), customs,
                "{\"agency\":\"POLICE\",\"reason\":\"Prosecution for smuggling\"}");
        assertThat(referral.getStatus()).as(referral.getContentAsString()).isEqualTo(201);
        assertThat((String) JsonPath.read(referral.getContentAsString(), "$.assignedAgency")).isEqualTo("POLICE");
        assertThat((String) JsonPath.read(referral.getContentAsString(), "$.dueDate")).isNotNull();
        var asPolice = call(get("/api/v1/incidents/" + id), police, null);
        assertThat(asPolice.getStatus()).isEqualTo(200);
        assertThat((List<String>) JsonPath.read(asPolice.getContentAsString(), "$.tasks[?(@.assignedAgency == 'POLICE')].title"))
                .containsExactly("Accept or decline the referral: Prosecution for smuggling");
        assertThat(call(get("/api/v1/notifications"), police, null).getContentAsString()).contains("Incident referred to your agency");

        String path = "/api/v1/incidents/" + id + "/visa-revocation-proposals";
        assertThat(call(post(path), police, "{\"visaId\":\"V00000001\"}").getContentAsString()).contains("\"field\":\"reason\"");
        var unknown = call(post(path), police, "{\"visaId\":\"V99999998\",\"reason\":\"Smuggling conviction\"}");
        assertThat(unknown.getStatus()).isEqualTo(422);
        assertThat(unknown.getContentAsString()).contains("\"field\":\"visaId\"");
        assertThat(call(post(path), police, "{\"visaId\":\"V-2026-0042\",\"reason\":\"x\"}").getStatus()).isEqualTo(422);

        String visa = issuedVisa();
        var proposed = call(post(path), police, "{\"visaId\":\"" + visa + "\",\"reason\":\"Smuggling conviction\"}");
        assertThat(proposed.getStatus()).as(proposed.getContentAsString()).isEqualTo(201);
        String proposal = JsonPath.read(proposed.getContentAsString(), "$.proposalId");
        var detail = call(get("/api/v1/incidents/" + id), customs, null).getContentAsString();
        assertThat(detail).contains("Referred to POLICE: Prosecution for smuggling").contains("Revocation of visa " + visa);
        assertThat((List<String>) JsonPath.read(detail, "$.links[?(@.kind == 'VISA')].targetId")).containsExactly(visa);

        String visaOfficer = api.officerToken("IMMIGRATION", List.of("VISA_OFFICER"));
        var open = call(get("/api/v1/visa-revocation-proposals"), visaOfficer, null).getContentAsString();
        assertThat((List<String>) JsonPath.read(open, "$[?(@.id == '" + proposal + "')].state")).containsExactly("OPEN");
        assertThat((List<String>) JsonPath.read(open, "$[?(@.id == '" + proposal + "')].origin")).containsExactly("incident " + id);
        assertThat(call(get("/api/v1/visa-revocation-proposals"), police, null).getStatus()).isEqualTo(403);

        var dismissed = call(post("/api/v1/visa-revocation-proposals/" + proposal + "/dismissal"), visaOfficer,
                "{\"note\":\"Conviction under appeal\",\"version\":0}");
        assertThat(dismissed.getStatus()).as(dismissed.getContentAsString()).isEqualTo(200);
        assertThat((String) JsonPath.read(dismissed.getContentAsString(), "$.state")).isEqualTo("DISMISSED");
        assertThat(call(post("/api/v1/visa-revocation-proposals/" + proposal + "/dismissal"), visaOfficer,
                "{\"note\":\"again\",\"version\":0}").getStatus()).isEqualTo(422);
        assertThat(call(get("/api/v1/visa-revocation-proposals"), visaOfficer, null).getContentAsString()).doesNotContain(proposal);

        String second = JsonPath.read(call(post(path), customs, "{\"visaId\":\"" + visa + "\",\"reason\":\"Forged bank statement\"}")
                .getContentAsString(), "$.proposalId");
        var revoked = call(post("/api/v1/visas/" + visa + "/revocation"), visaOfficer,
                "{\"grounds\":[\"Immigration Regulations 2006, §FUNDS\"],\"reason\":\"The bank statement was forged.\"}");
        assertThat(revoked.getStatus()).as(revoked.getContentAsString()).isEqualTo(200);
        var all = call(get("/api/v1/visa-revocation-proposals").param("all", "true"), visaOfficer, null).getContentAsString();
        assertThat((List<String>) JsonPath.read(all, "$[?(@.id == '" + second + "')].state"))
                .as("decided by the visa's own revocation flow").containsExactly("REVOKED");
        assertThat((List<String>) JsonPath.read(all, "$[?(@.id == '" + proposal + "')].state")).containsExactly("DISMISSED");
    }

    @Test
    void linksToAlertsVisasAndManifestsMustPointAtRecordsTheOfficerMaySee() throws Exception {
        String id = reportInterception(customs, "Checked links");
        String path = "/api/v1/incidents/" + id + "/links";
        var support = new org.atoll.alert.AlertApiTestSupport(mvc);
        String policeAlert = support.create(api.officerToken("POLICE", List.of("ALERT_MANAGER")),
                org.atoll.alert.AlertFixtures.aPersonAlert(org.atoll.alert.AlertFixtures.uniqueReference("INC"))
                        .named("Tellei", "Ben").ownedBy("POLICE"));
        String customsAlert = support.create(api.officerToken("CUSTOMS", List.of("ALERT_MANAGER")),
                org.atoll.alert.AlertFixtures.aPersonAlert(org.atoll.alert.AlertFixtures.uniqueReference("INC"))
                        .named("Tellei", "Ann").ownedBy("CUSTOMS"));

        var unknownAlert = call(post(path), customs, "{\"kind\":\"ALERT\",\"targetId\":\"" + UUID.randomUUID() + "\"}");
        assertThat(unknownAlert.getStatus()).isEqualTo(422);
        assertThat(unknownAlert.getContentAsString()).contains("\"field\":\"targetId\"");
        var hiddenAlert = call(post(path), customs, "{\"kind\":\"ALERT\",\"targetId\":\"" + policeAlert + "\"}");
        assertThat(hiddenAlert.getStatus()).isEqualTo(422);
        assertThat(hiddenAlert.getContentAsString()).as("worded as for a missing alert").doesNotContain("POLICE");
        assertThat(call(post(path), customs, "{\"kind\":\"ALERT\",\"targetId\":\"" + customsAlert + "\"}").getStatus())
                .isEqualTo(201);

        // Visas and inspections: only roles that may read them in their own module (customs here is an analyst).
        String customsSecondary = api.officerToken("CUSTOMS", List.of("SECONDARY_OFFICER"));
        assertThat(call(post(path), customsSecondary, "{\"kind\":\"VISA\",\"targetId\":\"V99999997\"}").getStatus()).isEqualTo(422);
        String visa = issuedVisa();
        var analystVisa = call(post(path), customs, "{\"kind\":\"VISA\",\"targetId\":\"" + visa + "\"}");
        assertThat(analystVisa.getStatus()).isEqualTo(422);
        assertThat(analystVisa.getContentAsString()).contains("\"field\":\"targetId\"").contains("Your roles may not read visa");
        assertThat(call(post(path), customsSecondary, "{\"kind\":\"VISA\",\"targetId\":\"" + visa + "\"}").getStatus())
                .isEqualTo(201);

        assertThat(call(post(path), customs, "{\"kind\":\"MANIFEST\",\"targetId\":\"" + UUID.randomUUID() + "\"}").getStatus())
                .isEqualTo(422);
        assertThat(call(post(path), customs, "{\"kind\":\"MANIFEST\",\"targetId\":\"not-a-manifest\"}").getStatus())
                .isEqualTo(422);
        var badInspection = call(post(path), customsSecondary, "{\"kind\":\"INSPECTION\",\"targetId\":\"booth-7-0042\"}");
        assertThat(badInspection.getStatus()).isEqualTo(422);
        assertThat(badInspection.getContentAsString()).contains("\"field\":\"targetId\"");
        assertThat(call(post(path), customsSecondary, "{\"kind\":\"INSPECTION\",\"targetId\":\"" + UUID.randomUUID() + "\"}")
                .getStatus()).as("an inspection that was never held").isEqualTo(422);
        String inspection = recordedInspection();
        assertThat(call(post(path), customs, "{\"kind\":\"INSPECTION\",\"targetId\":\"" + inspection + "\"}").getStatus())
                .as("an analyst may not read inspections").isEqualTo(422);
        assertThat(call(post(path), customsSecondary, "{\"kind\":\"INSPECTION\",\"targetId\":\"" + inspection + "\"}")
                .getStatus()).isEqualTo(201);

        var links = call(get("/api/v1/incidents/" + id), customs, null).getContentAsString();
        assertThat((List<String>) JsonPath.read(links, "$.links[*].targetId")).contains(customsAlert, visa, inspection)
                .doesNotContain(policeAlert);
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** An inspection row as the booth would have written it (the inspection module's own tests cover how). */
    String recordedInspection() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO inspection (id, port, direction, transport_mode, traveller_role, issuing_state, document_number,
                    document_code, surname, given_names, nationality, context_json, proposal_outcome, status, officer, created_at, version)
                VALUES (:id, 'PWROR', 'IN', 'AIR', 'PASSENGER', 'AUS', 'PA1234567', 'P', 'Tellei', 'Ann', 'AUS', '{}', 'ADMIT',
                    'AWAITING_DECISION', 'primary-1', CURRENT_TIMESTAMP, 0)""").param("id", id).update();
        return id.toString();
    }
}

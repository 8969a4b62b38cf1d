package org.atoll.visa.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.atoll.ApiClient;
import org.atoll.AtollIntegrationTest;
import org.atoll.visa.VisaApplicationSubmitted;
import org.atoll.visa.VisaIssued;
import org.atoll.visa.VisaRevoked;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@AtollIntegrationTest
@RecordApplicationEvents
class VisaApplicationApiTests {

    static final String FUNDS = "Immigration Regulations 2006, §FUNDS";
    static final String VISA_REQUIRED = "Executive Order 450, §VISA-REQUIRED";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    ApiClient api;
    VisaApiSupport visas;

    @BeforeEach
    void visaOfficer() throws Exception {
        api = new ApiClient(mvc);
        visas = new VisaApiSupport(mvc, api.officerToken("IMMIGRATION", List.of("VISA_OFFICER")));
    }

    @Test
    void aSubmittedApplicationIsAnnouncedForScreeningAndAudited() throws Exception {
        String passport = VisaApiSupport.uniquePassport();
        MvcResult created = visas.submit(VisaApiSupport.application("BGD", passport, "ev", "tourism", null));

        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        String body = created.getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        assertThat(JsonPath.<String>read(body, "$.status")).isEqualTo("SUBMITTED");
        assertThat(JsonPath.<String>read(body, "$.reference")).matches("VA-\\d{4}-\\d{6}");
        assertThat(JsonPath.<List<String>>read(body, "$.allowedNext")).containsExactlyInAnyOrder("UNDER_REVIEW", "WITHDRAWN");
        assertThat(events.stream(VisaApplicationSubmitted.class)).singleElement().satisfies(e -> {
            assertThat(e.passportNumber().value()).isEqualTo(passport);
            assertThat(e.applicant().surname()).isEqualTo("Hossain");
        });
        mvc.perform(get("/api/v1/visa-applications/" + id).header("Authorization", visas.token))
                .andExpect(jsonPath("$.transitions[0].to").value("SUBMITTED"));
        assertThat(audited("VISA_APPLICATION_SUBMITTED", id)).isEqualTo(1);
        assertThat(audited("VISA_APPLICATION_READ", id)).isEqualTo(1);
    }

    @Test
    void anUnknownNationalityOrVisaTypeIsA422NamingIt() throws Exception {
        MvcResult nationality = visas.submit(VisaApiSupport.application("ZZZ", "AB1234567", "EV", "TOURISM", null));
        assertThat(nationality.getResponse().getStatus()).isEqualTo(422);
        assertThat(JsonPath.<List<String>>read(nationality.getResponse().getContentAsString(), "$.errors[*].field"))
                .contains("applicant.nationality");
        assertThat(nationality.getResponse().getContentAsString()).contains("Unknown nationality ZZZ");

        MvcResult type = visas.submit(VisaApiSupport.application("BGD", "AB1234567", "XYZ", "TOURISM", null));
        assertThat(type.getResponse().getStatus()).isEqualTo(422);
        assertThat(JsonPath.<String>read(type.getResponse().getContentAsString(), "$.errors[0].field")).isEqualTo("visaType");
        assertThat(type.getResponse().getContentAsString()).contains("Unknown visa type XYZ");

        MvcResult onArrival = visas.submit(VisaApiSupport.application("AUS", "AB1234567", "VOA", "TOURISM", null));
        assertThat(onArrival.getResponse().getContentAsString()).contains("is not applied for in advance");

        MvcResult worker = visas.submit(VisaApiSupport.application("PHL", "AB1234567", "NRW", "EMPLOYMENT", null));
        assertThat(JsonPath.<String>read(worker.getResponse().getContentAsString(), "$.errors[0].field")).isEqualTo("sponsor");
    }

    @Test
    void anApplicationGoesThroughReviewInterviewApprovalAndIssueToTheBordersLookUp() throws Exception {
        String passport = VisaApiSupport.uniquePassport();
        String id = visas.submitted(passport);

        assertThat(visas.action(id, "review", null).getResponse().getStatus()).isEqualTo(200);
        assertThat(visas.action(id, "interview", "{\"at\":\"" + VisaApiSupport.TODAY.plusDays(3) + "T10:00\",\"place\":\"Koror office\"}")
                .getResponse().getContentAsString()).contains("INTERVIEW_SCHEDULED").contains("Koror office");
        assertThat(visas.action(id, "review", null).getResponse().getStatus()).isEqualTo(200);
        assertThat(visas.action(id, "decision", "{\"decision\":\"APPROVED\"}").getResponse().getContentAsString())
                .contains("\"status\":\"APPROVED\"");
        MvcResult issued = visas.action(id, "issue", "{}");

        assertThat(issued.getResponse().getStatus()).isEqualTo(201);
        String visa = issued.getResponse().getContentAsString();
        String number = JsonPath.read(visa, "$.number");
        List<String> mrz = JsonPath.read(visa, "$.mrz");
        assertThat(number).matches("V\\d{8}");
        assertThat(mrz).hasSize(2).allSatisfy(line -> assertThat(line).hasSize(44));
        assertThat(mrz.get(0)).startsWith("V<PLWHOSSAIN<<RAHIM");
        assertThat(mrz.get(1)).startsWith(number).contains("BGD").contains(passport);
        assertThat(JsonPath.<Integer>read(visa, "$.entriesAllowed")).isEqualTo(1);
        assertThat(JsonPath.<Integer>read(visa, "$.permittedStayDays")).isEqualTo(14);
        assertThat(visas.status(id)).isEqualTo("ISSUED");
        assertThat(events.stream(VisaIssued.class)).singleElement().satisfies(e -> assertThat(e.number().value()).isEqualTo(number));

        String border = "Bearer " + api.officerToken("IMMIGRATION", List.of("PRIMARY_OFFICER"));
        mvc.perform(get("/api/v1/visas").param("nationality", "BGD").param("documentNumber", passport).header("Authorization", border))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].number").value(number))
                .andExpect(jsonPath("$[0].status").value("VALID"))
                .andExpect(jsonPath("$[0].usableToday").value(true));
        mvc.perform(get("/api/v1/visas/" + number).header("Authorization", border))
                .andExpect(jsonPath("$.type").value("EV"))
                .andExpect(jsonPath("$.applicationId").value(id));
        byte[] pdf = mvc.perform(get("/api/v1/visas/" + number + "/pdf").header("Authorization", visas.token))
                .andExpect(content().contentType(MediaType.APPLICATION_PDF)).andReturn().getResponse().getContentAsByteArray();
        keep("visa.pdf", pdf);
        assertThat(text(pdf)).contains(number).contains(mrz.get(1));
    }

    @Test
    void aRefusalWithoutGroundsOrReasonIsRejected() throws Exception {
        String id = visas.submitted(VisaApiSupport.uniquePassport());
        visas.action(id, "review", null);

        MvcResult noGrounds = visas.action(id, "decision", "{\"decision\":\"REFUSED\",\"grounds\":[],\"reason\":\"Insufficient funds\"}");
        assertThat(noGrounds.getResponse().getStatus()).isEqualTo(422);
        assertThat(JsonPath.<List<String>>read(noGrounds.getResponse().getContentAsString(), "$.errors[*].field")).containsExactly("grounds");

        MvcResult noReason = visas.action(id, "decision", "{\"decision\":\"REFUSED\",\"grounds\":[\"" + FUNDS + "\"]}");
        assertThat(JsonPath.<List<String>>read(noReason.getResponse().getContentAsString(), "$.errors[*].field")).containsExactly("reason");

        MvcResult invented = visas.action(id, "decision", "{\"decision\":\"REFUSED\",\"grounds\":[\"Made-up Act, §1\"],\"reason\":\"x\"}");
        assertThat(invented.getResponse().getStatus()).isEqualTo(422);
        assertThat(invented.getResponse().getContentAsString()).contains("grounds[0]").contains("Made-up Act");
        assertThat(visas.status(id)).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void aRefusalNoticeStatesTheGroundsAndHowToSeekReview() throws Exception {
        String id = visas.submitted(VisaApiSupport.uniquePassport());
        visas.action(id, "review", null);
        MvcResult refused = visas.action(id, "decision", "{\"decision\":\"REFUSED\",\"grounds\":[\"" + FUNDS + "\",\"" + VISA_REQUIRED
                + "\"],\"reason\":\"Bank statements show funds for one week of a two-week stay.\"}");
        assertThat(JsonPath.<String>read(refused.getResponse().getContentAsString(), "$.status")).isEqualTo("REFUSED");

        byte[] pdf = mvc.perform(get("/api/v1/visa-applications/" + id + "/refusal-notice").header("Authorization", visas.token))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();

        keep("refusal-notice.pdf", pdf);
        String text = text(pdf);
        assertThat(text).contains("Notice of refusal").contains("HOSSAIN".substring(0, 0) + "Hossain")
                .contains(FUNDS).contains(VISA_REQUIRED)
                .contains("Bank statements show funds for one week")
                .contains("How to seek review").contains("within 30 days");
        assertThat(audited("VISA_REFUSAL_NOTICE_READ", id)).isEqualTo(1);
    }

    @Test
    void aWorkPermitRefusalNeedsASecondOfficersApproval() throws Exception {
        String employer = "\"sponsor\":{\"kind\":\"EMPLOYER\",\"name\":\"Koror Reef Resort\",\"contact\":\"hr@example.pw\"}";
        String supervisorUser = api.createOfficer("IMMIGRATION", List.of("SUPERVISOR"));
        String proposer = "Bearer " + api.token(supervisorUser, ApiClient.OFFICER_PASSWORD);
        VisaApiSupport asSupervisor = new VisaApiSupport(mvc, proposer.substring(7));
        MvcResult created = asSupervisor.submit(VisaApiSupport.application("PHL", VisaApiSupport.uniquePassport(), "NRW", "EMPLOYMENT", employer));
        String id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");
        asSupervisor.action(id, "review", null);

        MvcResult proposed = asSupervisor.action(id, "decision", "{\"decision\":\"REFUSED\",\"grounds\":[\"Title 13 PNC, §NRW\"],"
                + "\"reason\":\"No local advertisement of the post.\"}");
        assertThat(JsonPath.<String>read(proposed.getResponse().getContentAsString(), "$.status")).isEqualTo("REFUSAL_PROPOSED");
        mvc.perform(get("/api/v1/visa-applications/" + id + "/refusal-notice").header("Authorization", proposer))
                .andExpect(status().isNotFound());

        MvcResult ownApproval = asSupervisor.action(id, "refusal-review", "{\"approve\":true}");
        assertThat(ownApproval.getResponse().getStatus()).isEqualTo(409);
        assertThat(ownApproval.getResponse().getContentAsString()).contains("four-eyes");

        assertThat(visas.action(id, "refusal-review", "{\"approve\":true}").getResponse().getStatus())
                .as("a visa officer is not a supervisor").isEqualTo(403);

        String second = "Bearer " + api.officerToken("IMMIGRATION", List.of("SUPERVISOR"));
        MvcResult approved = asSupervisor.action(id, "refusal-review", "{\"approve\":true}", second);
        assertThat(JsonPath.<String>read(approved.getResponse().getContentAsString(), "$.status")).isEqualTo("REFUSED");
        assertThat(JsonPath.<String>read(approved.getResponse().getContentAsString(), "$.decision.refusalApprovedBy")).isNotBlank();
    }

    @Test
    void aTransitionTheWorkflowDoesNotAllowIsAConflictNamingWhatIsAllowed() throws Exception {
        String id = visas.submitted(VisaApiSupport.uniquePassport());

        MvcResult issue = visas.action(id, "issue", "{}");
        assertThat(issue.getResponse().getStatus()).isEqualTo(409);
        assertThat(JsonPath.<String>read(issue.getResponse().getContentAsString(), "$.currentStatus")).isEqualTo("SUBMITTED");
        assertThat(JsonPath.<List<String>>read(issue.getResponse().getContentAsString(), "$.allowedNext"))
                .containsExactlyInAnyOrder("UNDER_REVIEW", "WITHDRAWN");
        assertThat(visas.action(id, "decision", "{\"decision\":\"APPROVED\"}").getResponse().getStatus()).isEqualTo(409);

        assertThat(visas.action(id, "withdraw", "{\"reason\":\"Trip cancelled\"}").getResponse().getStatus()).isEqualTo(200);
        assertThat(visas.action(id, "review", null).getResponse().getStatus()).isEqualTo(409);
        MvcResult stale = visas.action(id, "review", "{\"version\":0}");
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat(JsonPath.<Integer>read(stale.getResponse().getContentAsString(), "$.currentVersion")).isEqualTo(1);
    }

    @Test
    void supportingDocumentsAreCheckedByTheirContentAndSize() throws Exception {
        String id = visas.submitted(VisaApiSupport.uniquePassport());
        byte[] pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes();

        MvcResult stored = upload(id, new MockMultipartFile("file", "bank-statement.pdf", "application/pdf", pdf));
        assertThat(stored.getResponse().getStatus()).isEqualTo(201);
        String documentId = JsonPath.read(stored.getResponse().getContentAsString(), "$.id");
        mvc.perform(get("/api/v1/visa-applications/" + id + "/documents/" + documentId).header("Authorization", visas.token))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", containsString("bank-statement.pdf")))
                .andExpect(content().bytes(pdf));

        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
        MvcResult disguised = upload(id, new MockMultipartFile("file", "ticket.pdf", "application/pdf", program));
        assertThat(disguised.getResponse().getStatus()).isEqualTo(422);
        assertThat(disguised.getResponse().getContentAsString()).contains("not a PDF, JPEG or PNG");

        MvcResult mislabelled = upload(id, new MockMultipartFile("file", "photo.png", "image/png", pdf));
        assertThat(mislabelled.getResponse().getStatus()).isEqualTo(422);
        assertThat(JsonPath.<String>read(mislabelled.getResponse().getContentAsString(), "$.errors[0].field")).isEqualTo("file");

        byte[] huge = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(pdf, 0, huge, 0, pdf.length);
        MvcResult tooLarge = upload(id, new MockMultipartFile("file", "scan.pdf", "application/pdf", huge));
        assertThat(tooLarge.getResponse().getStatus()).isEqualTo(413);

        mvc.perform(get("/api/v1/visa-applications/" + id).header("Authorization", visas.token))
                .andExpect(jsonPath("$.documents[*].fileName", contains("bank-statement.pdf")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'VISA_DOCUMENT_UPLOADED' AND outcome = 'DENIED' "
                + "AND object_id = :id").param("id", id).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aVisaIsExtendedOnlyAsItsTypeAllowsAndARevokedVisaIsUnusableAtTheBorder() throws Exception {
        String passport = VisaApiSupport.uniquePassport();
        String id = visas.submitted(passport);
        visas.action(id, "review", null);
        visas.action(id, "decision", "{\"decision\":\"APPROVED\",\"reason\":\"Return ticket and funds shown\"}");
        String number = JsonPath.read(visas.action(id, "issue", "{\"permittedStayDays\":20}").getResponse().getContentAsString(), "$.number");

        MvcResult extension = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/visas/" + number + "/extensions").header("Authorization", visas.token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"days\":10,\"reason\":\"Flight cancelled\"}")).andReturn();
        assertThat(extension.getResponse().getStatus()).isEqualTo(422);
        assertThat(extension.getResponse().getContentAsString()).contains("allows no extension").contains("§ENTRY-VISA");

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/visas/" + number + "/revocation")
                        .header("Authorization", visas.token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"grounds\":[\"" + FUNDS + "\"],\"reason\":\"The bank statement was forged.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REVOKED"))
                .andExpect(jsonPath("$.revocation.grounds", hasItem(FUNDS)));
        assertThat(events.stream(VisaRevoked.class)).singleElement().satisfies(e -> assertThat(e.number().value()).isEqualTo(number));
        mvc.perform(get("/api/v1/visas").param("nationality", "BGD").param("documentNumber", passport).header("Authorization", visas.token))
                .andExpect(jsonPath("$[0].usableToday").value(false))
                .andExpect(jsonPath("$[0].unusableReason", containsString("revoked")));
    }

    @Autowired
    org.atoll.visa.Visas register;

    @Test
    void theBorderFindsAVisaByPassportAndCountsTheEntryMadeOnIt() throws Exception {
        String passport = VisaApiSupport.uniquePassport();
        String id = visas.submitted(passport);
        visas.action(id, "review", null);
        visas.action(id, "decision", "{\"decision\":\"APPROVED\"}");
        String number = JsonPath.read(visas.action(id, "issue", "{}").getResponse().getContentAsString(), "$.number");

        var found = register.forPassport(org.atoll.reference.CountryCode.of("BGD"), org.atoll.document.DocumentNumber.of(passport));
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.number().value()).isEqualTo(number);
            assertThat(v.asHeldVisa().confirmed()).isTrue();
            assertThat(v.asHeldVisa().type()).contains(org.atoll.regulation.VisaTypeCode.of("EV"));
        });
        var entered = register.recordEntry(org.atoll.visa.VisaNumber.of(number), VisaApiSupport.TODAY.plusDays(30));
        assertThat(entered.entriesUsed()).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> register.recordEntry(org.atoll.visa.VisaNumber.of(number),
                        VisaApiSupport.TODAY.plusDays(60)))
                .hasMessageContaining("all 1 entries used");
        assertThat(register.byNumber(org.atoll.visa.VisaNumber.of(number)).orElseThrow().usableOn(VisaApiSupport.TODAY.plusDays(61)))
                .isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'VISA_ENTRY_RECORDED' AND object_id = :n")
                .param("n", number).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theWorkQueueListsOpenApplicationsOldestFirst() throws Exception {
        String first = visas.submitted(VisaApiSupport.uniquePassport());
        String second = visas.submitted(VisaApiSupport.uniquePassport());
        String body = mvc.perform(get("/api/v1/visa-applications").param("visaType", "EV").param("status", "SUBMITTED")
                .header("Authorization", visas.token)).andReturn().getResponse().getContentAsString();
        List<String> ids = JsonPath.read(body, "$[*].id");
        assertThat(ids).contains(first, second);
        assertThat(ids.indexOf(first)).isLessThan(ids.indexOf(second));
        assertThat(JsonPath.<List<String>>read(body, "$[*].status")).containsOnly("SUBMITTED");
    }

    private MvcResult upload(String id, MockMultipartFile file) throws Exception {
        return mvc.perform(multipart("/api/v1/visa-applications/" + id + "/documents").file(file)
                .header("Authorization", visas.token)).andReturn();
    }

    private long audited(String action, String id) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = :a AND object_id = :id")
                .param("a", action).param("id", id).query(Long.class).single();
    }

    /** Keeps a sample of each printed paper under target/ for a person to look at. */
    static void keep(String name, byte[] pdf) throws Exception {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "visa-samples");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.write(dir.resolve(name), pdf);
    }

    static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        return text.toString().replaceAll("\\s+", " ");
    }
}

package org.atoll.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atoll.alert.AlertFixtures.uniqueReference;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.atoll.ApiClient;
import org.atoll.AtollIntegrationTest;
import org.atoll.TestDates;
import org.atoll.audit.AuditQuery;
import org.atoll.audit.AuditRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.jayway.jsonpath.JsonPath;

@AtollIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertImportTests {

    static final String HEADER = "kind,external_reference,category,reason,legal_basis,action_on_hit,contact,review_date,"
            + "surname,given_names,aliases,dates_of_birth,nationalities,sex,documents,document_issuing_state,document_number,document_reason\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditQuery auditTrail;

    AlertApiTestSupport api;
    String manager;
    String review = TestDates.today().plusYears(1).toString();

    @BeforeAll
    void officers() throws Exception {
        api = new AlertApiTestSupport(mvc);
        manager = api.officer("CUSTOMS", "ALERT_MANAGER");
    }

    private MockHttpServletResponse importBody(String contentType, byte[] body, String query) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/v1/alerts/import" + query).header("Authorization", "Bearer " + manager)
                .contentType(contentType).content(body)).andReturn().getResponse();
    }

    private MockHttpServletResponse importCsv(String csv) throws Exception {
        return importBody("text/csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), "?fileName=alerts.csv");
    }

    private MockHttpServletResponse importUn(String resource) throws Exception {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            return importBody("application/xml", in.readAllBytes(), "?fileName=" + resource + "&contact=Customs alert desk");
        }
    }

    private List<String> referencesFound(String q) throws Exception {
        return JsonPath.read(api.get(manager, "/api/v1/alerts?q=" + q).getContentAsString(), "$[*].externalReference");
    }

    private String row(String reference, String surname, String given, String dob, String nationality) {
        return "PERSON," + reference + ",CUSTOMS_INTEREST,Convicted of wildlife smuggling 2023,Customs Act 40 PNC § 1501,"
                + "DISCREET_CHECK,Customs intelligence +680 488 2471," + review + "," + surname + "," + given
                + ",\"K. Yamada; Ken Yamada\"," + dob + "," + nationality + ",M,P:JPN:TR1234567,,,\n";
    }

    @Test
    void aCsvFileIsImportedAndImportingItAgainChangesNothing() throws Exception {
        String person = uniqueReference("CUS");
        String document = uniqueReference("CUS");
        String csv = HEADER + row(person, "YAMADA-OKOYE", "Kentaro", "1972-03-15", "JPN")
                + "DOCUMENT," + document + ",DOCUMENT_SEIZURE,Reported stolen 2026-01-04,Customs Act,SEIZE_DOCUMENT,"
                + "Customs desk," + review + ",,,,,,,,PLW,PW5550001,STOLEN\n";

        MockHttpServletResponse first = importCsv(csv);
        assertThat(first.getStatus()).as(first.getContentAsString()).isEqualTo(200);
        assertThat((Integer) JsonPath.read(first.getContentAsString(), "$.created")).isEqualTo(2);
        assertThat((Boolean) JsonPath.read(first.getContentAsString(), "$.imported")).isTrue();

        MockHttpServletResponse again = importCsv(csv);
        assertChangedNothing(again, 2);

        String id = JsonPath.read(api.get(manager, "/api/v1/alerts?q=" + person).getContentAsString(), "$[0].id");
        assertThat((List<Integer>) JsonPath.read(api.get(manager, "/api/v1/alerts/" + id + "/history").getContentAsString(),
                "$[*].version")).containsExactly(1);
        String alert = api.get(manager, "/api/v1/alerts/" + id).getContentAsString();
        assertThat((String) JsonPath.read(alert, "$.status")).isEqualTo("ACTIVE");
        assertThat((List<String>) JsonPath.read(alert, "$.person.names[*].text"))
                .containsExactly("Kentaro YAMADA-OKOYE", "K. Yamada", "Ken Yamada");
        assertThat((String) JsonPath.read(alert, "$.person.documents[0].number")).isEqualTo("TR1234567");

        MockHttpServletResponse screened = api.screen(api.officer("CUSTOMS", "PRIMARY_OFFICER"),
                Map.of("names", List.of("Kentaro Yamada-Okoye"), "dateOfBirth", "1972-03-15"));
        assertThat((List<String>) JsonPath.read(screened.getContentAsString(), "$.candidates[*].externalReference")).contains(person);
    }

    @Test
    void aChangedRowBecomesTheAlertsNextVersion() throws Exception {
        String person = uniqueReference("CUS");
        assertThat(importCsv(HEADER + row(person, "TAKAHASHI", "Ryo", "1980", "JPN")).getStatus()).isEqualTo(200);
        MockHttpServletResponse changed = importCsv(HEADER + row(person, "TAKAHASHI", "Ryo", "1980-07", "JPN"));
        assertThat((Integer) JsonPath.read(changed.getContentAsString(), "$.updated")).isEqualTo(1);
        String id = JsonPath.read(api.get(manager, "/api/v1/alerts?q=" + person).getContentAsString(), "$[0].id");
        String history = api.get(manager, "/api/v1/alerts/" + id + "/history").getContentAsString();
        assertThat((List<String>) JsonPath.read(history, "$[*].changeKind")).containsExactly("IMPORTED", "IMPORTED");
        assertThat((List<String>) JsonPath.read(history, "$[1].changedFields")).containsExactly("person.datesOfBirth");
    }

    @Test
    void aFileWithBadRowsIsRejectedWholeAndEachBadRowIsReportedByLine() throws Exception {
        String good = uniqueReference("CUS");
        String bad = uniqueReference("CUS");
        String csv = HEADER + row(good, "SATO", "Haruki", "1975-01-01", "JPN")
                + row(bad, "SUZUKI", "Aiko", "1975-02-30", "QQQ")
                + "PERSON,too,few,cells\n"
                + row(good, "SATO", "Haruki", "1975-01-01", "JPN");
        MockHttpServletResponse r = importCsv(csv);
        assertThat(r.getStatus()).isEqualTo(422);
        assertThat(r.getContentType()).startsWith("application/problem+json");
        String body = r.getContentAsString();
        assertThat((List<String>) JsonPath.read(body, "$.errors[*].field"))
                .contains("line 3: dates_of_birth", "line 3: nationalities", "line 4", "line 5: external_reference");
        assertThat((List<String>) JsonPath.read(body, "$.errors[*].message")).anySatisfy(m -> assertThat(m).contains("1975-02-30"));
        assertThat((Boolean) JsonPath.read(body, "$.report.imported")).isFalse();
        assertThat(referencesFound(good)).isEmpty();
    }

    @Test
    void aCsvWithAnUnclosedQuoteOrAWrongHeaderIsRejected() throws Exception {
        MockHttpServletResponse quote = importCsv(HEADER + row(uniqueReference("CUS"), "KATO", "Yui", "1990", "JPN")
                + "PERSON,\"unclosed,CUSTOMS_INTEREST\n");
        assertThat(quote.getStatus()).isEqualTo(422);
        assertThat((List<String>) JsonPath.read(quote.getContentAsString(), "$.errors[*].field")).contains("line 3");

        MockHttpServletResponse header = importCsv("kind,reference\nPERSON,X\n");
        assertThat(header.getStatus()).isEqualTo(422);
        assertThat((List<String>) JsonPath.read(header.getContentAsString(), "$.errors[*].message"))
                .anySatisfy(m -> assertThat(m).contains("missing columns"));
    }

    @Test
    void aDryRunChecksAndReportsButImportsNothing() throws Exception {
        String person = uniqueReference("CUS");
        MockHttpServletResponse r = importBody("text/csv", (HEADER + row(person, "NAKAMURA", "Sho", "1966", "JPN")).getBytes(), "?dryRun=true");
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat((Integer) JsonPath.read(r.getContentAsString(), "$.created")).isEqualTo(1);
        assertThat((Boolean) JsonPath.read(r.getContentAsString(), "$.imported")).isFalse();
        assertThat(referencesFound(person)).isEmpty();
    }

    @Test
    void aFileCanBeUploadedAsAFormPart() throws Exception {
        String person = uniqueReference("CUS");
        MockMultipartFile file = new MockMultipartFile("file", "customs-alerts.csv", "text/csv",
                (HEADER + row(person, "KOBAYASHI", "Daichi", "1983-11-02", "JPN")).getBytes());
        MockHttpServletResponse r = mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/alerts/import").file(file)
                .header("Authorization", "Bearer " + manager)).andReturn().getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
        assertThat((String) JsonPath.read(r.getContentAsString(), "$.fileName")).isEqualTo("customs-alerts.csv");
        assertThat(referencesFound(person)).containsExactly(person);
    }

    @Test
    void theUnListIsImportedOnceAndImportingItAgainChangesNothing() throws Exception {
        MockHttpServletResponse first = importUn("un_small.xml");
        assertThat(first.getStatus()).as(first.getContentAsString()).isEqualTo(200);
        assertThat((Integer) JsonPath.read(first.getContentAsString(), "$.created")).isEqualTo(2);

        MockHttpServletResponse again = importUn("un_small.xml");
        assertChangedNothing(again, 2);

        String id = JsonPath.read(api.get(manager, "/api/v1/alerts?q=QDi.368").getContentAsString(), "$[0].id");
        String alert = api.get(manager, "/api/v1/alerts/" + id).getContentAsString();
        assertThat((String) JsonPath.read(alert, "$.category")).isEqualTo("SANCTIONS");
        assertThat((Boolean) JsonPath.read(alert, "$.sharedInFull")).isTrue();
        assertThat((String) JsonPath.read(alert, "$.contact")).isEqualTo("Customs alert desk");
        assertThat((List<String>) JsonPath.read(alert, "$.person.datesOfBirth")).containsExactly("1980-10-29");

        // the list is public: an officer of any agency sees the candidate in full, with the UN reference
        String police = api.officer("POLICE", "PRIMARY_OFFICER");
        MockHttpServletResponse screened = api.screen(police, Map.of("names", List.of("Шамиль Магомедович Измайлов")));
        Map<String, Object> c = NeedToKnowTests.candidateFor(screened, id);
        assertThat(c).containsEntry("externalReference", "QDi.368").containsEntry("view", "FULL");
    }

    @Test
    void aUnFileWithARecordWithoutReferenceIsRejectedWhole() throws Exception {
        MockHttpServletResponse r = importUn("un_rejected_row.xml");
        assertThat(r.getStatus()).isEqualTo(422);
        assertThat((List<String>) JsonPath.read(r.getContentAsString(), "$.errors[*].field")).containsExactly("line 118");
        assertThat((List<String>) JsonPath.read(r.getContentAsString(), "$.errors[*].message"))
                .singleElement().satisfies(m -> assertThat(m).contains("without REFERENCE_NUMBER"));
        assertThat(referencesFound("QDi.006")).isEmpty();
    }

    @Test
    void aUnFileThatIsNotWellFormedIsRejectedWithTheLineWhereItBreaks() throws Exception {
        MockHttpServletResponse r = importUn("un_not_well_formed.xml");
        assertThat(r.getStatus()).isEqualTo(422);
        assertThat((List<String>) JsonPath.read(r.getContentAsString(), "$.errors[*].message"))
                .anySatisfy(m -> assertThat(m).contains("not well-formed"));
        assertThat(referencesFound("QDi.006")).isEmpty();
    }

    @Test
    void anImportOfAnUnknownTypeIsRefused() throws Exception {
        assertThat(importBody("application/json", "{}".getBytes(), "").getStatus()).isEqualTo(415);
        assertThat(api.post(api.officer("CUSTOMS", "ANALYST"), "/api/v1/alerts/import", "{}").getStatus()).isEqualTo(403);
    }

    /** An alert manager of a new agency of its own, so that its list imports meet no other test's alerts. */
    String managerOfNewAgency(String prefix) throws Exception {
        String code = prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(java.util.Locale.ROOT);
        MockHttpServletResponse r = api.post(new ApiClient(mvc).adminToken(), "/api/v1/agencies",
                "{\"code\":\"" + code + "\",\"name\":\"Sanctions desk " + code + "\"}");
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(201);
        return api.officer(code, "ALERT_MANAGER");
    }

    /** un_small.xml (CDi.017 and QDi.368) with references of this test's own; {@code keep} chooses the records kept. */
    static byte[] unList(String straton, String shamil, boolean withStraton, boolean withShamil) throws Exception {
        String xml;
        try (InputStream in = AlertImportTests.class.getResourceAsStream("un_small.xml")) {
            xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        xml = xml.replace("<REFERENCE_NUMBER>CDi.017<", "<REFERENCE_NUMBER>" + straton + "<")
                .replace("<REFERENCE_NUMBER>QDi.368<", "<REFERENCE_NUMBER>" + shamil + "<");
        if (!withStraton) xml = xml.replaceFirst("(?s)<INDIVIDUAL>(?:(?!</INDIVIDUAL>).)*" + java.util.regex.Pattern.quote(straton)
                + ".*?</INDIVIDUAL>", "");
        if (!withShamil) xml = xml.replaceFirst("(?s)<INDIVIDUAL>(?:(?!</INDIVIDUAL>).)*" + java.util.regex.Pattern.quote(shamil)
                + ".*?</INDIVIDUAL>", "");
        return xml.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse importAs(String token, String contentType, byte[] body, String query) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/v1/alerts/import" + query).header("Authorization", "Bearer " + token)
                .contentType(contentType).content(body)).andReturn().getResponse();
    }

    @Test
    void reImportingTheUnListWithdrawsTheAlertsOfPersonsNoLongerOnIt() throws Exception {
        String desk = managerOfNewAgency("UNDESK");
        String straton = uniqueReference("CDi");
        String shamil = uniqueReference("QDi");
        MockHttpServletResponse first = importAs(desk, "application/xml", unList(straton, shamil, true, true), "?fileName=un-1.xml");
        assertThat(first.getStatus()).as(first.getContentAsString()).isEqualTo(200);
        assertThat((Integer) JsonPath.read(first.getContentAsString(), "$.created")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(first.getContentAsString(), "$.withdrawn")).isZero();
        String shamilId = JsonPath.read(api.get(desk, "/api/v1/alerts?q=" + shamil).getContentAsString(), "$[0].id");
        String screener = api.officer("POLICE", "PRIMARY_OFFICER");
        assertThat(NeedToKnowTests.candidateFor(api.screen(screener, Map.of("names", List.of("Shamil Magomedovich Ismailov"))),
                shamilId)).isNotNull();

        // a dry run of the next list names what it would withdraw, and withdraws nothing
        byte[] next = unList(straton, shamil, true, false);
        MockHttpServletResponse dry = importAs(desk, "application/xml", next, "?fileName=un-2.xml&dryRun=true");
        assertThat((List<String>) JsonPath.read(dry.getContentAsString(), "$.withdrawnReferences")).containsExactly(shamil);
        assertThat((String) JsonPath.read(api.get(desk, "/api/v1/alerts/" + shamilId).getContentAsString(), "$.status"))
                .isEqualTo("ACTIVE");

        MockHttpServletResponse second = importAs(desk, "application/xml", next, "?fileName=un-2.xml");
        assertThat(second.getStatus()).as(second.getContentAsString()).isEqualTo(200);
        assertThat((Integer) JsonPath.read(second.getContentAsString(), "$.withdrawn")).isEqualTo(1);
        assertThat((List<String>) JsonPath.read(second.getContentAsString(), "$.withdrawnReferences")).containsExactly(shamil);
        assertThat((Integer) JsonPath.read(second.getContentAsString(), "$.unchanged")).isEqualTo(1);

        String alert = api.get(desk, "/api/v1/alerts/" + shamilId).getContentAsString();
        assertThat((String) JsonPath.read(alert, "$.status")).isEqualTo("WITHDRAWN");
        String history = api.get(desk, "/api/v1/alerts/" + shamilId + "/history").getContentAsString();
        assertThat((List<String>) JsonPath.read(history, "$[*].changeKind")).containsExactly("IMPORTED", "DELISTED");
        assertThat((String) JsonPath.read(history, "$[1].changeReason")).contains("delisted").contains("un-2.xml");
        List<AuditRecord> audited = auditTrail.search(new AuditQuery.AuditSearch(null, "alert", shamilId, "ALERT_DELISTED", null, null, 5));
        assertThat(audited).hasSize(1);
        // the withdrawn alert no longer produces candidates
        assertThat((List<String>) JsonPath.read(api.screen(screener, Map.of("names", List.of("Shamil Magomedovich Ismailov")))
                .getContentAsString(), "$.candidates[*].alertId")).isNotEmpty().doesNotContain(shamilId);

        // the same list again changes nothing
        MockHttpServletResponse again = importAs(desk, "application/xml", next, "?fileName=un-2.xml");
        assertChangedNothing(again, 1);
        assertThat((List<String>) JsonPath.read(api.get(desk, "/api/v1/alerts/" + shamilId + "/history").getContentAsString(),
                "$[*].changeKind")).hasSize(2);
    }

    @Test
    void withdrawDelistedFalseLeavesTheAlertsOfPersonsNoLongerListed() throws Exception {
        String desk = managerOfNewAgency("UNDESK");
        String straton = uniqueReference("CDi");
        String shamil = uniqueReference("QDi");
        assertThat(importAs(desk, "application/xml", unList(straton, shamil, true, true), "").getStatus()).isEqualTo(200);
        MockHttpServletResponse second = importAs(desk, "application/xml", unList(straton, shamil, true, false),
                "?withdrawDelisted=false");
        assertThat((Integer) JsonPath.read(second.getContentAsString(), "$.withdrawn")).isZero();
        String shamilId = JsonPath.read(api.get(desk, "/api/v1/alerts?q=" + shamil).getContentAsString(), "$[0].id");
        assertThat((String) JsonPath.read(api.get(desk, "/api/v1/alerts/" + shamilId).getContentAsString(), "$.status"))
                .isEqualTo("ACTIVE");
    }

    @Test
    void aPersonPutBackOnTheUnListIsRelistedAndScreenedAgain() throws Exception {
        String desk = managerOfNewAgency("UNDESK");
        String straton = uniqueReference("CDi");
        String shamil = uniqueReference("QDi");
        byte[] both = unList(straton, shamil, true, true);
        assertThat(importAs(desk, "application/xml", both, "?fileName=un-1.xml").getStatus()).isEqualTo(200);
        String shamilId = JsonPath.read(api.get(desk, "/api/v1/alerts?q=" + shamil).getContentAsString(), "$[0].id");
        MockHttpServletResponse delisted = importAs(desk, "application/xml", unList(straton, shamil, true, false), "?fileName=un-2.xml");
        assertThat((List<String>) JsonPath.read(delisted.getContentAsString(), "$.withdrawnReferences")).containsExactly(shamil);
        String screener = api.officer("POLICE", "PRIMARY_OFFICER");
        Map<String, Object> traveller = Map.of("names", List.of("Shamil Magomedovich Ismailov"));
        assertThat((List<String>) JsonPath.read(api.screen(screener, traveller).getContentAsString(), "$.candidates[*].alertId"))
                .doesNotContain(shamilId);

        // a dry run of the list that names him again says it would relist the alert, and relists nothing
        MockHttpServletResponse dry = importAs(desk, "application/xml", both, "?fileName=un-3.xml&dryRun=true");
        assertThat(dry.getStatus()).as(dry.getContentAsString()).isEqualTo(200);
        assertThat((List<String>) JsonPath.read(dry.getContentAsString(), "$.relistedReferences")).containsExactly(shamil);
        assertThat((Integer) JsonPath.read(dry.getContentAsString(), "$.relisted")).isEqualTo(1);
        assertThat((String) JsonPath.read(api.get(desk, "/api/v1/alerts/" + shamilId).getContentAsString(), "$.status"))
                .isEqualTo("WITHDRAWN");

        MockHttpServletResponse relisted = importAs(desk, "application/xml", both,
                "?fileName=un-3.xml&contact=UN desk after relisting");
        assertThat(relisted.getStatus()).as(relisted.getContentAsString()).isEqualTo(200);
        assertThat((Integer) JsonPath.read(relisted.getContentAsString(), "$.relisted")).isEqualTo(1);
        assertThat((List<String>) JsonPath.read(relisted.getContentAsString(), "$.relistedReferences")).containsExactly(shamil);
        assertThat((Integer) JsonPath.read(relisted.getContentAsString(), "$.created")
                + (Integer) JsonPath.read(relisted.getContentAsString(), "$.withdrawn")).isZero();

        // the same alert again, a new version, active, with the file's content, its history and audit naming the file
        String alert = api.get(desk, "/api/v1/alerts/" + shamilId).getContentAsString();
        assertThat((String) JsonPath.read(alert, "$.status")).isEqualTo("ACTIVE");
        assertThat((Integer) JsonPath.read(alert, "$.version")).isEqualTo(3);
        assertThat((String) JsonPath.read(alert, "$.contact")).isEqualTo("UN desk after relisting");
        String history = api.get(desk, "/api/v1/alerts/" + shamilId + "/history").getContentAsString();
        assertThat((List<String>) JsonPath.read(history, "$[*].changeKind")).containsExactly("IMPORTED", "DELISTED", "RELISTED");
        assertThat((String) JsonPath.read(history, "$[2].status")).isEqualTo("ACTIVE");
        assertThat((String) JsonPath.read(history, "$[2].changeReason")).contains("relisted").contains("un-3.xml");
        assertThat(auditTrail.search(new AuditQuery.AuditSearch(null, "alert", shamilId, "ALERT_RELISTED", null, null, 5)))
                .singleElement().satisfies(r -> assertThat(r.purpose()).contains("un-3.xml"));
        // and screening finds him again
        assertThat(NeedToKnowTests.candidateFor(api.screen(screener, traveller), shamilId)).containsEntry("alertVersion", 3);

        // the same list again changes nothing
        MockHttpServletResponse again = importAs(desk, "application/xml", both, "?fileName=un-3.xml&contact=UN desk after relisting");
        assertChangedNothing(again, 2);
        assertThat((List<String>) JsonPath.read(api.get(desk, "/api/v1/alerts/" + shamilId + "/history").getContentAsString(),
                "$[*].changeKind")).hasSize(3);
    }

    @Test
    void anAlertAnOfficerWithdrewStaysWithdrawnWhileTheListStillNamesHimAndTheReportSaysSo() throws Exception {
        String desk = managerOfNewAgency("UNDESK");
        String straton = uniqueReference("CDi");
        String shamil = uniqueReference("QDi");
        byte[] both = unList(straton, shamil, true, true);
        assertThat(importAs(desk, "application/xml", both, "?fileName=un-1.xml").getStatus()).isEqualTo(200);
        String shamilId = JsonPath.read(api.get(desk, "/api/v1/alerts?q=" + shamil).getContentAsString(), "$[0].id");
        assertThat(api.post(desk, "/api/v1/alerts/" + shamilId + "/status",
                "{\"status\":\"WITHDRAWN\",\"reason\":\"identity established as another person\",\"version\":1}").getStatus())
                .isEqualTo(200);

        for (String query : List.of("?fileName=un-1.xml&dryRun=true", "?fileName=un-1.xml")) {
            MockHttpServletResponse r = importAs(desk, "application/xml", both, query);
            assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
            assertThat((Integer) JsonPath.read(r.getContentAsString(), "$.relisted")).isZero();
            assertThat((List<String>) JsonPath.read(r.getContentAsString(), "$.leftWithdrawnReferences")).containsExactly(shamil);
            assertThat((List<String>) JsonPath.read(r.getContentAsString(), "$.warnings[?(@.reference == '" + shamil + "' && @.field == 'status')].message"))
                    .singleElement().asString().contains("withdrawn by an officer").contains("identity established as another person");
        }
        assertThat((String) JsonPath.read(api.get(desk, "/api/v1/alerts/" + shamilId).getContentAsString(), "$.status"))
                .isEqualTo("WITHDRAWN");
        assertThat((List<String>) JsonPath.read(api.get(desk, "/api/v1/alerts/" + shamilId + "/history").getContentAsString(),
                "$[*].changeKind")).containsExactly("IMPORTED", "STATUS");
    }

    /** An import report of a file already imported: nothing created, updated, withdrawn or relisted. */
    private static void assertChangedNothing(MockHttpServletResponse report, int unchanged) throws Exception {
        String body = report.getContentAsString();
        assertThat(report.getStatus()).as(body).isEqualTo(200);
        for (String count : List.of("$.created", "$.updated", "$.withdrawn", "$.relisted")) {
            assertThat((Integer) JsonPath.read(body, count)).as(count).isZero();
        }
        assertThat((Integer) JsonPath.read(body, "$.unchanged")).isEqualTo(unchanged);
    }
}

package org.atoll.inspection.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.atoll.ApiClient;
import org.atoll.AtollIntegrationTest;
import org.atoll.TestDates;
import org.atoll.alert.AlertApiTestSupport;
import org.atoll.alert.AlertFixtures;
import org.atoll.document.DocumentNumber;
import org.atoll.document.MachineReadableZones;
import org.atoll.document.PersonName;
import org.atoll.inspection.TestPassports;
import org.atoll.movement.CrossingToRecord;
import org.atoll.movement.Direction;
import org.atoll.movement.Movements;
import org.atoll.movement.TransportMode;
import org.atoll.movement.TravellerDocument;
import org.atoll.movement.TravellerRole;
import org.atoll.reference.CountryCode;
import org.atoll.reference.PortCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.json.JsonMapper;

/** The booth and secondary inspection through the API, as a desk client calls them. */
@AtollIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InspectionApiTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    MachineReadableZones zones;
    @Autowired
    Movements movements;
    @Autowired
    JdbcClient jdbc;

    TestPassports passports;
    String primary;
    String secondary;
    String supervisor;

    @BeforeAll
    void officers() throws Exception {
        passports = new TestPassports(zones);
        ApiClient api = new ApiClient(mvc);
        primary = api.officerToken("IMMIGRATION", List.of("PRIMARY_OFFICER"));
        secondary = api.officerToken("IMMIGRATION", List.of("SECONDARY_OFFICER"));
        supervisor = api.officerToken("IMMIGRATION", List.of("SUPERVISOR"));
    }

    MockHttpServletResponse call(MockHttpServletRequestBuilder request, String token, Object body) throws Exception {
        request.header("Authorization", "Bearer " + token);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    MockHttpServletResponse inspect(String mrz, String direction, String role, String purpose) throws Exception {
        Map<String, Object> body = new java.util.LinkedHashMap<>(Map.of("port", "PWROR", "booth", "A3", "direction", direction,
                "mrz", mrz, "mode", "AIR", "role", role));
        if (purpose != null) {
            body.put("purpose", purpose);
        }
        return call(post("/api/v1/inspections"), primary, body);
    }

    static String id(MockHttpServletResponse r) throws Exception {
        return JsonPath.read(r.getContentAsString(), "$.inspectionId");
    }

    long movementsFor(String inspectionId) {
        return jdbc.sql("SELECT COUNT(*) FROM movement WHERE source = :s").param("s", UUID.fromString(inspectionId))
                .query(Long.class).single();
    }

    @Test
    void admitsAVisaOnArrivalNationalForThirtyDaysAndRecordsOneMovementForARepeatedDecision() throws Exception {
        MockHttpServletResponse r = inspect(passports.passport("AUS", TestPassports.newSurname("WILSON"), TestPassports.newNumber()),
                "ENTRY", "PASSENGER", "TOURISM");

        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(201);
        String body = r.getContentAsString();
        assertThat((String) JsonPath.read(body, "$.proposal.outcome")).isEqualTo("ADMIT");
        assertThat((String) JsonPath.read(body, "$.proposal.permittedUntil")).isEqualTo(TestDates.today().plusDays(29).toString());
        assertThat((String) JsonPath.read(body, "$.eligibility.permitType")).isEqualTo("VOA");
        assertThat((String) JsonPath.read(body, "$.document.nationality")).isEqualTo("AUS");
        assertThat((List<?>) JsonPath.read(body, "$.alertHits")).isEmpty();
        assertThat((List<?>) JsonPath.read(body, "$.previousMovements")).isEmpty();
        String id = id(r);

        Map<String, Object> admit = Map.of("outcome", "ADMIT", "entryFormChecked", true, "feeChecked", true);
        MockHttpServletResponse first = call(post("/api/v1/inspections/" + id + "/decision"), primary, admit);
        MockHttpServletResponse again = call(post("/api/v1/inspections/" + id + "/decision"), primary, admit);

        assertThat(first.getStatus()).as(first.getContentAsString()).isEqualTo(200);
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat((String) JsonPath.read(first.getContentAsString(), "$.status")).isEqualTo("CLEARED");
        assertThat((Boolean) JsonPath.read(first.getContentAsString(), "$.decision.entryFormChecked")).isTrue();
        assertThat((String) JsonPath.read(again.getContentAsString(), "$.decision.movementId"))
                .isEqualTo(JsonPath.read(first.getContentAsString(), "$.decision.movementId"));
        assertThat(movementsFor(id)).isEqualTo(1);

        MockHttpServletResponse different = call(post("/api/v1/inspections/" + id + "/decision"), primary,
                Map.of("outcome", "REFER", "overrideReason", "second thoughts"));
        assertThat(different.getStatus()).isEqualTo(409);
        assertThat(different.getContentAsString()).contains("already decided");
    }

    @Test
    void refersAVisaRequiredNationalCitingTheProvisionAndRefusesARefusalAtTheBooth() throws Exception {
        MockHttpServletResponse r = inspect(passports.passport("BGD", TestPassports.newSurname("RAHMAN"), TestPassports.newNumber()),
                "ENTRY", "PASSENGER", null);

        String body = r.getContentAsString();
        assertThat((String) JsonPath.read(body, "$.proposal.outcome")).isEqualTo("REFER");
        assertThat((List<String>) JsonPath.read(body, "$.proposal.reasons[*].code")).contains("VISA_REQUIRED");
        assertThat((List<String>) JsonPath.read(body, "$.proposal.reasons[*].provision")).contains("Executive Order 450, §VISA-REQUIRED");

        MockHttpServletResponse refuse = call(post("/api/v1/inspections/" + id(r) + "/decision"), primary, Map.of("outcome", "REFUSE"));
        assertThat(refuse.getStatus()).isEqualTo(422);
        assertThat(refuse.getContentAsString()).contains("\"field\":\"outcome\"").contains("only at secondary");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDeclaredSpouseOfACitizenIsAskedToShowItInsteadOfPayingTheEnvironmentalFee() throws Exception {
        Map<String, Object> body = new java.util.LinkedHashMap<>(Map.of("port", "PWROR", "booth", "A3", "direction", "ENTRY",
                "mrz", passports.passport("PHL", TestPassports.newSurname("SANTOS"), TestPassports.newNumber()), "mode", "AIR",
                "role", "PASSENGER", "purpose", "TOURISM", "declaredStatuses", List.of("SPOUSE_OF_CITIZEN")));
        MockHttpServletResponse declared = call(post("/api/v1/inspections"), primary, body);

        assertThat(declared.getStatus()).as(declared.getContentAsString()).isEqualTo(201);
        assertThat((List<String>) JsonPath.read(declared.getContentAsString(),
                "$.eligibility.checks[?(@.kind == 'DECLARED_EXEMPTION')].provision")).containsExactly("Title 13 PNC, §PPEF");

        String undeclared = inspect(passports.passport("PHL", TestPassports.newSurname("SANTOS"), TestPassports.newNumber()),
                "ENTRY", "PASSENGER", "TOURISM").getContentAsString();
        assertThat((List<String>) JsonPath.read(undeclared, "$.eligibility.checks[?(@.kind == 'DECLARED_EXEMPTION')]")).isEmpty();

        body.put("declaredStatuses", List.of("COUSIN_OF_THE_MINISTER"));
        MockHttpServletResponse unknown = call(post("/api/v1/inspections"), primary, body);
        assertThat(unknown.getStatus()).isEqualTo(422);
        assertThat(unknown.getContentAsString()).contains("declaredStatuses[0]");
    }

    @Test
    void aLowerCaseZoneIsNamedByLineAndPositionOnce() throws Exception {
        MockHttpServletResponse r = inspect("garbage", "ENTRY", "PASSENGER", null);

        assertThat(r.getStatus()).isEqualTo(422);
        List<String> messages = JsonPath.read(r.getContentAsString(), "$.errors[?(@.field == 'mrz')].message");
        assertThat(messages).singleElement().asString().startsWith("Line 1, position 1: ")
                .doesNotContain("position 1: Line 1");
    }

    @Test
    void anUnreadableZoneIsAnsweredWithWhatIsWrong() throws Exception {
        MockHttpServletResponse r = inspect("P<AUSWILSON<<ANNA\nTOO-SHORT", "ENTRY", "PASSENGER", null);

        assertThat(r.getStatus()).isEqualTo(422);
        assertThat(r.getContentType()).startsWith("application/problem+json");
        assertThat(r.getContentAsString()).contains("\"field\":\"mrz\"").contains("Line");
    }

    @Test
    void anOverrideNeedsAReasonAndIsReportedToSupervisors() throws Exception {
        String id = id(inspect(passports.passport("AUS", TestPassports.newSurname("OVERRIDE"), TestPassports.newNumber()),
                "ENTRY", "PASSENGER", null));

        MockHttpServletResponse noReason = call(post("/api/v1/inspections/" + id + "/decision"), primary, Map.of("outcome", "REFER"));
        assertThat(noReason.getStatus()).isEqualTo(422);
        assertThat(noReason.getContentAsString()).contains("overrideReason");

        MockHttpServletResponse referred = call(post("/api/v1/inspections/" + id + "/decision"), primary,
                Map.of("outcome", "REFER", "overrideReason", "Nervous, inconsistent answers about the hotel"));
        assertThat((Boolean) JsonPath.read(referred.getContentAsString(), "$.decision.overridden")).isTrue();

        MockHttpServletResponse report = call(get("/api/v1/inspections/overrides"), supervisor, null);
        assertThat(report.getStatus()).isEqualTo(200);
        assertThat(report.getContentAsString()).contains(id).contains("inconsistent answers about the hotel");
        assertThat(call(get("/api/v1/inspections/overrides"), primary, null).getStatus()).isEqualTo(403);
    }

    @Test
    void refersAnAlertedTravellerAndTheSecondaryOfficerDisposesOfTheHit() throws Exception {
        String surname = TestPassports.newSurname("KARIMOV");
        String number = TestPassports.newNumber();
        AlertApiTestSupport alerts = new AlertApiTestSupport(mvc);
        String manager = alerts.officer("IMMIGRATION", "ALERT_MANAGER");
        alerts.create(manager, AlertFixtures.aDocumentAlert("INS-" + number, "UZB", number, "STOLEN").active());

        MockHttpServletResponse r = inspect(passports.passport("UZB", surname, number), "ENTRY", "PASSENGER", null);
        String body = r.getContentAsString();
        assertThat((String) JsonPath.read(body, "$.proposal.outcome")).isEqualTo("REFER");
        assertThat((List<String>) JsonPath.read(body, "$.proposal.reasons[*].code")).contains("DOCUMENT_ALERT");
        String hitId = JsonPath.read(body, "$.alertHits[0].hitId");
        String id = id(r);
        call(post("/api/v1/inspections/" + id + "/decision"), primary, Map.of("outcome", "REFER"));

        MockHttpServletResponse disposed = call(post("/api/v1/inspections/" + id + "/hits/" + hitId + "/disposition"), secondary,
                Map.of("disposition", "CONFIRMED", "note", "Passport number matches the stolen blank series"));
        assertThat(disposed.getStatus()).as(disposed.getContentAsString()).isEqualTo(200);
        assertThat((String) JsonPath.read(disposed.getContentAsString(), "$.secondary.hitDispositions[0].disposition"))
                .isEqualTo("CONFIRMED");
    }

    @Test
    void flagsAnOverstayerOnExitAndRecordsTheDaysOver() throws Exception {
        String surname = TestPassports.newSurname("LATE");
        String number = TestPassports.newNumber();
        LocalDate birth = LocalDate.of(1979, 2, 3);
        LocalDate today = TestDates.today();
        movements.record(new CrossingToRecord(UUID.randomUUID(), new TravellerDocument(CountryCode.of("AUS"), DocumentNumber.of(number),
                "P", Optional.of(today.plusYears(5)), PersonName.of(surname, "ANNA"), CountryCode.of("AUS"), Optional.of(birth),
                Optional.empty()), Direction.ENTRY, PortCode.of("PWROR"), Instant.now().minus(40, ChronoUnit.DAYS), TransportMode.AIR,
                TravellerRole.PASSENGER, Optional.of("UA"), Optional.of("UA157"), Optional.of("VOA"), Optional.of(today.minusDays(11)),
                "earlier-officer", "ADMIT"));

        MockHttpServletResponse r = inspect(passports.passport("AUS", surname, "ANNA", number, birth, today.plusYears(5)),
                "EXIT", "PASSENGER", null);
        String body = r.getContentAsString();
        assertThat((List<String>) JsonPath.read(body, "$.proposal.flags")).contains("OVERSTAYED");
        assertThat((Integer) JsonPath.read(body, "$.proposal.daysOverstayed")).isEqualTo(11);
        assertThat((List<?>) JsonPath.read(body, "$.previousMovements")).hasSize(1);

        MockHttpServletResponse departed = call(post("/api/v1/inspections/" + id(r) + "/decision"), primary, Map.of("outcome", "ADMIT"));
        assertThat((Integer) JsonPath.read(departed.getContentAsString(), "$.decision.daysOverstayed")).isEqualTo(11);
        assertThat(movements.openStay(new TravellerDocument(CountryCode.of("AUS"), DocumentNumber.of(number), "P",
                Optional.empty(), PersonName.of(surname, "ANNA"), CountryCode.of("AUS"), Optional.of(birth), Optional.empty()))).isEmpty();
    }

    String referredBangladeshi() throws Exception {
        MockHttpServletResponse r = inspect(passports.passport("BGD", TestPassports.newSurname("HOSSAIN"), TestPassports.newNumber()),
                "ENTRY", "PASSENGER", null);
        String id = id(r);
        call(post("/api/v1/inspections/" + id + "/decision"), primary, Map.of("outcome", "REFER"));
        return id;
    }

    @Test
    void theInterviewRecordIsImmutableOnceClosedAndTakesDatedAddenda() throws Exception {
        String id = referredBangladeshi();
        MockHttpServletResponse started = call(post("/api/v1/inspections/" + id + "/interview"), secondary,
                Map.of("language", "Bengali", "interpreter", "M. Rahman (phone)"));
        assertThat(started.getStatus()).as(started.getContentAsString()).isEqualTo(201);
        assertThat((List<String>) JsonPath.read(started.getContentAsString(), "$.answers[*].questionCode"))
                .contains("PURPOSE", "FUNDS", "VISA_HELD");

        MockHttpServletResponse recorded = call(put("/api/v1/inspections/" + id + "/interview"), secondary,
                Map.of("answers", Map.of("PURPOSE", "Visiting a cousin", "VISA_HELD", "No visa"), "documentsExamined", "Passport"));
        assertThat(recorded.getStatus()).isEqualTo(200);
        assertThat(call(post("/api/v1/inspections/" + id + "/interview/close"), secondary, Map.of()).getStatus()).isEqualTo(200);

        MockHttpServletResponse change = call(put("/api/v1/inspections/" + id + "/interview"), secondary,
                Map.of("answers", Map.of("PURPOSE", "Business")));
        assertThat(change.getStatus()).isEqualTo(409);
        MockHttpServletResponse addendum = call(post("/api/v1/inspections/" + id + "/interview/addenda"), secondary,
                Map.of("text", "Cousin reached by phone; confirms the visit."));
        assertThat(addendum.getStatus()).isEqualTo(201);
        String interview = call(get("/api/v1/inspections/" + id + "/interview"), secondary, null).getContentAsString();
        assertThat(interview).contains("Visiting a cousin").doesNotContain("Business").contains("Cousin reached by phone");
        assertThat((String) JsonPath.read(interview, "$.addenda[0].writtenAt")).isNotBlank();
    }

    @Test
    void aRefusalNeedsGroundsInForceAndAfterApprovalGivesANoticeStatingThem() throws Exception {
        String id = referredBangladeshi();

        MockHttpServletResponse noGrounds = call(post("/api/v1/inspections/" + id + "/secondary-decision"), secondary,
                Map.of("outcome", "REFUSE", "reason", "", "carrier", "PW"));
        assertThat(noGrounds.getStatus()).isEqualTo(422);
        assertThat(noGrounds.getContentAsString()).contains("\"field\":\"grounds\"").contains("\"field\":\"reason\"");
        MockHttpServletResponse madeUp = call(post("/api/v1/inspections/" + id + "/secondary-decision"), secondary,
                Map.of("outcome", "REFUSE", "grounds", List.of("Made-up Act, §1"), "reason", "No visa held for this journey.", "carrier", "PW"));
        assertThat(madeUp.getStatus()).isEqualTo(422);
        assertThat(madeUp.getContentAsString()).contains("Not a provision of the rules in force");

        Map<String, Object> refusal = Map.of("outcome", "REFUSE", "grounds", List.of("Executive Order 450, §VISA-REQUIRED"),
                "reason", "The traveller holds no visa and Bangladeshi nationals need one before travel.",
                "carrier", "United Airlines", "flightOrVessel", "UA154");
        MockHttpServletResponse refused = call(post("/api/v1/inspections/" + id + "/secondary-decision"), secondary, refusal);
        assertThat(refused.getStatus()).as(refused.getContentAsString()).isEqualTo(200);
        assertThat((String) JsonPath.read(refused.getContentAsString(), "$.status")).isEqualTo("REFUSAL_AWAITING_APPROVAL");
        assertThat(call(get("/api/v1/inspections/" + id + "/notice"), secondary, null).getStatus()).isEqualTo(409);
        assertThat(call(post("/api/v1/inspections/" + id + "/secondary-decision"), secondary,
                Map.of("outcome", "ADMIT")).getStatus()).isEqualTo(409);

        MockHttpServletResponse approved = call(post("/api/v1/inspections/" + id + "/refusal-review"), supervisor,
                Map.of("approved", true, "note", "Grounds stand"));
        assertThat((String) JsonPath.read(approved.getContentAsString(), "$.status")).isEqualTo("REFUSED");
        assertThat(movementsFor(id)).isEqualTo(1);

        MockHttpServletResponse notice = call(get("/api/v1/inspections/" + id + "/notice"), secondary, null);
        assertThat(notice.getStatus()).isEqualTo(200);
        assertThat(notice.getContentType()).isEqualTo("application/pdf");
        String text = text(notice.getContentAsByteArray());
        assertThat(text).contains("Notice of refusal of entry")
                .contains("Executive Order 450, §VISA-REQUIRED")
                .contains("Nationalities that need a visa before travel")
                .contains("Bangladeshi nationals need one before travel")
                .contains("Legal basis").contains("Title 13 Palau National Code")
                .contains("How to seek review").contains("within 30 days")
                .contains("United Airlines");
    }

    static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
            return all.toString().replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }

    @Test
    void twoDecisionsSubmittedAtOnceRecordOneMovement() throws Exception {
        for (int round = 0; round < 5; round++) {
            twoAtOnce();
        }
    }

    void twoAtOnce() throws Exception {
        String id = id(inspect(passports.passport("NZL", TestPassports.newSurname("TWICE"), TestPassports.newNumber()),
                "ENTRY", "PASSENGER", null));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.Callable<Integer> submit = () -> {
                go.await();
                return call(post("/api/v1/inspections/" + id + "/decision"), primary, Map.of("outcome", "ADMIT")).getStatus();
            };
            var first = pool.submit(submit);
            var second = pool.submit(submit);
            go.countDown();
            assertThat(List.of(first.get(), second.get())).containsOnly(200);
        } finally {
            pool.shutdown();
        }
        assertThat(movementsFor(id)).isEqualTo(1);
    }

    @Test
    void comparesTheTravellerWithTheManifestAndRefersAMismatch() throws Exception {
        String surname = TestPassports.newSurname("MORALES");
        String number = TestPassports.newNumber();
        String crewSurname = TestPassports.newSurname("OCAMPO");
        String crewNumber = TestPassports.newNumber();
        String today = TestDates.today().toString();
        // the carrier names the airport by its IATA code (ROR); the booth at PWROR still finds the manifest
        String csv = "reference,carrier,flight,departure_port,arrival_port,arrival_time,role,surname,given_names,sex,date_of_birth,"
                + "nationality,document_type,document_number,document_issuer\n"
                + "INS-" + number + ",UA,UA157,USGUM,ROR," + today + "T10:00,passenger," + surname + ",ANNA,F,1985-04-12,PHL,P," + number + ",PHL\n"
                + "INS-" + number + ",UA,UA157,USGUM,ROR," + today + "T10:00,crew," + crewSurname + ",ANNA,F,1985-04-12,PHL,P," + crewNumber + ",PHL\n";
        MockHttpServletResponse submitted = mvc.perform(post("/api/v1/manifests").header("Authorization", "Bearer " + supervisor)
                .contentType("text/csv").content(csv)).andReturn().getResponse();
        assertThat(submitted.getStatus()).as(submitted.getContentAsString()).isBetween(200, 202);

        String match = inspect(passports.passport("PHL", surname, number), "ENTRY", "PASSENGER", null).getContentAsString();
        assertThat((String) JsonPath.read(match, "$.manifest.status")).isEqualTo("MATCH");
        assertThat((String) JsonPath.read(match, "$.manifest.flightOrVessel")).isEqualTo("UA157");
        assertThat((String) JsonPath.read(match, "$.proposal.outcome")).isEqualTo("ADMIT");

        String mismatch = inspect(passports.passport("PHL", crewSurname, crewNumber), "ENTRY", "PASSENGER", null).getContentAsString();
        assertThat((String) JsonPath.read(mismatch, "$.manifest.status")).isEqualTo("MISMATCH");
        assertThat((List<String>) JsonPath.read(mismatch, "$.proposal.reasons[*].code")).containsExactly("MANIFEST_MISMATCH");
        assertThat((List<String>) JsonPath.read(mismatch, "$.manifest.differences")).containsExactly("role: manifest says CREW");
    }

    @Test
    void admitsAVisaHolderOnTheVisaAndCountsTheEntryInTheVisaRegister() throws Exception {
        String visaOfficer = new ApiClient(mvc).officerToken("IMMIGRATION", List.of("VISA_OFFICER"));
        String number = TestPassports.newNumber();
        LocalDate today = TestDates.today();
        String application = """
                {"applicant":{"surname":"Hossain","givenNames":"Rahim","dateOfBirth":"1990-04-02","nationality":"BGD","sex":"M",
                  "passport":{"number":"%s","issuingState":"BGD","expiry":"%s"}},
                 "visaType":"EV","purpose":"TOURISM","intendedArrival":"%s","intendedDeparture":"%s","feeStatus":"PAID"}"""
                .formatted(number, today.plusYears(5), today, today.plusDays(10));
        MockHttpServletResponse submitted = mvc.perform(post("/api/v1/visa-applications").header("Authorization", "Bearer " + visaOfficer)
                .contentType(MediaType.APPLICATION_JSON).content(application)).andReturn().getResponse();
        assertThat(submitted.getStatus()).as(submitted.getContentAsString()).isEqualTo(201);
        String applicationId = JsonPath.read(submitted.getContentAsString(), "$.id");
        call(post("/api/v1/visa-applications/" + applicationId + "/review"), visaOfficer, null);
        call(post("/api/v1/visa-applications/" + applicationId + "/decision"), visaOfficer, Map.of("decision", "APPROVED"));
        MockHttpServletResponse issued = call(post("/api/v1/visa-applications/" + applicationId + "/issue"), visaOfficer, Map.of());
        assertThat(issued.getStatus()).as(issued.getContentAsString()).isEqualTo(201);
        String visaNumber = JsonPath.read(issued.getContentAsString(), "$.number");

        MockHttpServletResponse r = inspect(passports.passport("BGD", "HOSSAIN", "RAHIM", number, LocalDate.of(1990, 4, 2),
                today.plusYears(5)), "ENTRY", "PASSENGER", null);
        String body = r.getContentAsString();
        assertThat((String) JsonPath.read(body, "$.visa.number")).isEqualTo(visaNumber);
        assertThat((String) JsonPath.read(body, "$.proposal.outcome")).as(body).isEqualTo("ADMIT");
        assertThat((String) JsonPath.read(body, "$.proposal.permitType")).isEqualTo("EV");

        call(post("/api/v1/inspections/" + id(r) + "/decision"), primary, Map.of("outcome", "ADMIT"));
        String visa = call(get("/api/v1/visas/" + visaNumber), primary, null).getContentAsString();
        assertThat((Integer) JsonPath.read(visa, "$.entriesUsed")).isEqualTo(1);
    }

    @Test
    void aCrewMemberIsInspectedUnderTheCrewRulesAndAdmittedForShoreLeave() throws Exception {
        String surname = TestPassports.newSurname("DELACRUZ");
        String number = TestPassports.newNumber();
        MockHttpServletResponse r = inspect(passports.passport("PHL", surname, number), "ENTRY", "CREW", "TOURISM");

        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(201);
        String body = r.getContentAsString();
        // crew are inspected for purpose CREW whatever else is sent
        assertThat((String) JsonPath.read(body, "$.purpose")).isEqualTo("CREW");
        assertThat((String) JsonPath.read(body, "$.role")).isEqualTo("CREW");
        assertThat((String) JsonPath.read(body, "$.proposal.outcome")).as(body).isEqualTo("ADMIT");
        List<String> conditions = JsonPath.read(body, "$.proposal.conditions");
        assertThat(conditions).contains("Crew member: shore leave while the vessel or aircraft is in port; departs with it");
        // the regulation set exempts crew from the onward ticket, the funds and the environmental fee ...
        assertThat(String.join("|", conditions)).doesNotContain("§ONWARD-TICKET").doesNotContain("§FUNDS").doesNotContain("§PPEF");
        List<String> checked = JsonPath.read(body, "$.eligibility.checks[*].provision");
        assertThat(checked).doesNotContain("Immigration Regulations 2006, §ONWARD-TICKET", "Immigration Regulations 2006, §FUNDS",
                "Title 13 PNC, §PPEF");
        // ... but not from the Palau Entry Form
        assertThat(String.join("|", conditions)).contains("§ENTRY-FORM");

        // a passenger of the same nationality is asked for all of them
        String passenger = inspect(passports.passport("PHL", TestPassports.newSurname("DELACRUZ"), TestPassports.newNumber()),
                "ENTRY", "PASSENGER", "TOURISM").getContentAsString();
        assertThat((List<String>) JsonPath.read(passenger, "$.eligibility.checks[*].provision"))
                .contains("Immigration Regulations 2006, §ONWARD-TICKET", "Title 13 PNC, §PPEF");

        String id = id(r);
        MockHttpServletResponse admitted = call(post("/api/v1/inspections/" + id + "/decision"), primary, Map.of("outcome", "ADMIT"));
        assertThat(admitted.getStatus()).as(admitted.getContentAsString()).isEqualTo(200);
        assertThat((List<String>) JsonPath.read(admitted.getContentAsString(), "$.decision.conditions"))
                .contains("Crew member: shore leave while the vessel or aircraft is in port; departs with it");
        assertThat(jdbc.sql("SELECT traveller_role FROM movement WHERE source = :s").param("s", UUID.fromString(id)).query(String.class).single())
                .isEqualTo("CREW");
    }

    @Test
    void aSupervisorSendsARefusalBackWithANoteAndTheSecondaryOfficerDecidesAgain() throws Exception {
        String id = referredBangladeshi();
        Map<String, Object> refusal = Map.of("outcome", "REFUSE", "grounds", List.of("Executive Order 450, §VISA-REQUIRED"),
                "reason", "The traveller holds no visa.", "carrier", "United Airlines", "flightOrVessel", "UA154");
        String refusingSupervisor = new ApiClient(mvc).officerToken("IMMIGRATION", List.of("SUPERVISOR"));
        assertThat(call(post("/api/v1/inspections/" + id + "/secondary-decision"), refusingSupervisor, refusal).getStatus())
                .isEqualTo(200);

        // the officer who refused does not review their own refusal; a return needs a note
        MockHttpServletResponse own = call(post("/api/v1/inspections/" + id + "/refusal-review"), refusingSupervisor,
                Map.of("approved", true, "note", "fine"));
        assertThat(own.getStatus()).isEqualTo(409);
        assertThat(own.getContentAsString()).contains("A second officer approves");
        MockHttpServletResponse noNote = call(post("/api/v1/inspections/" + id + "/refusal-review"), supervisor,
                Map.of("approved", false, "note", " "));
        assertThat(noNote.getStatus()).isEqualTo(422);
        assertThat(noNote.getContentAsString()).contains("\"field\":\"note\"");
        assertThat(call(post("/api/v1/inspections/" + id + "/refusal-review"), primary,
                Map.of("approved", false, "note", "no")).getStatus()).isEqualTo(403);

        MockHttpServletResponse returned = call(post("/api/v1/inspections/" + id + "/refusal-review"), supervisor,
                Map.of("approved", false, "note", "Ask whether an e-visa was applied for; check the visa register"));
        assertThat(returned.getStatus()).as(returned.getContentAsString()).isEqualTo(200);
        assertThat((String) JsonPath.read(returned.getContentAsString(), "$.status")).isEqualTo("REFERRED");
        assertThat(movementsFor(id)).isZero();
        assertThat(call(get("/api/v1/inspections/" + id + "/notice"), secondary, null).getStatus()).isEqualTo(409);
        // nothing awaits approval any more
        assertThat(call(post("/api/v1/inspections/" + id + "/refusal-review"), supervisor,
                Map.of("approved", true, "note", "late")).getStatus()).isEqualTo(409);

        // back at secondary the officer can decide again
        MockHttpServletResponse withdrawn = call(post("/api/v1/inspections/" + id + "/secondary-decision"), secondary,
                Map.of("outcome", "WITHDRAWN", "reason", "Leaves on UA154 tonight", "carrier", "United Airlines"));
        assertThat(withdrawn.getStatus()).as(withdrawn.getContentAsString()).isEqualTo(200);
        assertThat((String) JsonPath.read(withdrawn.getContentAsString(), "$.status")).isEqualTo("WITHDRAWN");
        String audit = jdbc.sql("SELECT details FROM audit_record WHERE object_id = :id AND action = 'INSPECTION_REFUSAL_RETURNED'")
                .param("id", id).query(String.class).single();
        assertThat(audit).contains("e-visa");
    }

    @Test
    void anInterviewSavedFromAStaleVersionIsAConflict() throws Exception {
        String id = referredBangladeshi();
        MockHttpServletResponse started = call(post("/api/v1/inspections/" + id + "/interview"), secondary, Map.of("language", "English"));
        long version = ((Number) JsonPath.read(started.getContentAsString(), "$.version")).longValue();

        MockHttpServletResponse first = call(put("/api/v1/inspections/" + id + "/interview"), secondary,
                Map.of("answers", Map.of("PURPOSE", "Fishing trip"), "version", version));
        assertThat(first.getStatus()).as(first.getContentAsString()).isEqualTo(200);
        long next = ((Number) JsonPath.read(first.getContentAsString(), "$.version")).longValue();
        assertThat(next).isGreaterThan(version);

        MockHttpServletResponse stale = call(put("/api/v1/inspections/" + id + "/interview"), secondary,
                Map.of("answers", Map.of("PURPOSE", "Business"), "version", version));
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentType()).startsWith("application/problem+json");
        assertThat(((Number) JsonPath.read(stale.getContentAsString(), "$.currentVersion")).longValue()).isEqualTo(next);
        String interview = call(get("/api/v1/inspections/" + id + "/interview"), secondary, null).getContentAsString();
        assertThat(interview).contains("Fishing trip").doesNotContain("Business");
    }

    @Test
    void aTravellerIsAdmittedInTransitOnlyUntilTheOnwardConnectionAndTheMovementSaysTransit() throws Exception {
        String id = referredBangladeshi();
        // BGD nationals need a visa: no stay under the rules, so transit cannot be granted from that ceiling either
        MockHttpServletResponse none = call(post("/api/v1/inspections/" + id + "/secondary-decision"), secondary,
                Map.of("outcome", "ADMIT_TRANSIT", "reason", "Connecting to Manila", "flightOrVessel", "PR215",
                        "permittedUntil", TestDates.today().plusDays(1).toString()));
        assertThat(none.getStatus()).as(none.getContentAsString()).isEqualTo(422);
        assertThat(none.getContentAsString()).contains("transit cannot be granted");

        // an Australian referred by the booth officer, admitted in transit until tomorrow's connection
        String aus = id(inspect(passports.passport("AUS", TestPassports.newSurname("TRANSIT"), TestPassports.newNumber()),
                "ENTRY", "PASSENGER", null));
        call(post("/api/v1/inspections/" + aus + "/decision"), primary, Map.of("outcome", "REFER", "overrideReason",
                "Says he only connects; no hotel"));
        MockHttpServletResponse missing = call(post("/api/v1/inspections/" + aus + "/secondary-decision"), secondary,
                Map.of("outcome", "ADMIT_TRANSIT"));
        assertThat(missing.getStatus()).isEqualTo(422);
        assertThat(missing.getContentAsString()).contains("\"field\":\"permittedUntil\"").contains("\"field\":\"flightOrVessel\"");
        MockHttpServletResponse tooLong = call(post("/api/v1/inspections/" + aus + "/secondary-decision"), secondary,
                Map.of("outcome", "ADMIT_TRANSIT", "flightOrVessel", "PR215", "permittedUntil", TestDates.today().plusDays(40).toString()));
        assertThat(tooLong.getStatus()).isEqualTo(422);
        assertThat(tooLong.getContentAsString()).contains("at most");

        String tomorrow = TestDates.today().plusDays(1).toString();
        MockHttpServletResponse transit = call(post("/api/v1/inspections/" + aus + "/secondary-decision"), secondary,
                Map.of("outcome", "ADMIT_TRANSIT", "carrier", "Philippine Airlines", "flightOrVessel", "PR215",
                        "permittedUntil", tomorrow, "reason", "Connecting to Manila tomorrow morning"));
        assertThat(transit.getStatus()).as(transit.getContentAsString()).isEqualTo(200);
        String body = transit.getContentAsString();
        assertThat((String) JsonPath.read(body, "$.status")).isEqualTo("CLEARED");
        assertThat((String) JsonPath.read(body, "$.secondary.outcome")).isEqualTo("ADMIT_TRANSIT");
        assertThat((String) JsonPath.read(body, "$.decision.permittedUntil")).isEqualTo(tomorrow);
        assertThat((List<String>) JsonPath.read(body, "$.decision.conditions")).contains("Transit: onward travel on the next connection",
                "Onward on Philippine Airlines PR215 by " + tomorrow,
                "Transit passenger: exempt from the Pristine Paradise Environmental Fee (Title 13 PNC, §PPEF)");
        Map<String, Object> movement = jdbc.sql("SELECT traveller_role, permitted_until, decision FROM movement WHERE source = :s")
                .param("s", UUID.fromString(aus)).query().singleRow();
        assertThat(movement.get("traveller_role")).isEqualTo("TRANSIT");
        assertThat(movementsFor(aus)).isEqualTo(1);
    }

    @Test
    void aTravellerWantedForArrestIsHandedOverToThePoliceWithoutACrossing() throws Exception {
        String surname = TestPassports.newSurname("WANTED");
        String number = TestPassports.newNumber();
        AlertApiTestSupport alerts = new AlertApiTestSupport(mvc);
        String manager = alerts.officer("IMMIGRATION", "ALERT_MANAGER");
        alerts.create(manager, AlertFixtures.aDocumentAlert("ARR-" + number, "NZL", number, "STOLEN")
                .with("actionOnHit", "ARREST").active());
        MockHttpServletResponse r = inspect(passports.passport("NZL", surname, number), "ENTRY", "PASSENGER", null);
        assertThat((String) JsonPath.read(r.getContentAsString(), "$.alertHits[0].actionOnHit")).isEqualTo("ARREST");
        String id = id(r);
        call(post("/api/v1/inspections/" + id + "/decision"), primary, Map.of("outcome", "REFER"));

        MockHttpServletResponse bare = call(post("/api/v1/inspections/" + id + "/secondary-decision"), secondary,
                Map.of("outcome", "HANDED_OVER", "grounds", List.of("Penal Code, §1")));
        assertThat(bare.getStatus()).isEqualTo(422);
        assertThat(bare.getContentAsString()).contains("\"field\":\"handedOverTo\"").contains("\"field\":\"reason\"")
                .contains("Not a provision of the rules in force");

        MockHttpServletResponse handed = call(post("/api/v1/inspections/" + id + "/secondary-decision"), secondary,
                Map.of("outcome", "HANDED_OVER", "handedOverTo", "Bureau of Public Safety, Sgt. Ngirmang",
                        "reason", "Alert action on hit ARREST; passport reported stolen"));
        assertThat(handed.getStatus()).as(handed.getContentAsString()).isEqualTo(200);
        assertThat((String) JsonPath.read(handed.getContentAsString(), "$.status")).isEqualTo("HANDED_OVER");
        assertThat((String) JsonPath.read(handed.getContentAsString(), "$.secondary.handedOverTo"))
                .isEqualTo("Bureau of Public Safety, Sgt. Ngirmang");
        assertThat(movementsFor(id)).isZero();
        assertThat(call(get("/api/v1/inspections/" + id + "/notice"), secondary, null).getStatus()).isEqualTo(409);
        assertThat(call(post("/api/v1/inspections/" + id + "/secondary-decision"), secondary,
                Map.of("outcome", "ADMIT")).getStatus()).isEqualTo(409);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE object_id = :id AND action = 'INSPECTION_HANDED_OVER'")
                .param("id", id).query(Long.class).single()).isEqualTo(1);
    }
}

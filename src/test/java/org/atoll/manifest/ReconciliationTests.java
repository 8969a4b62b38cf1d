package org.atoll.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.atoll.ApiClient;
import org.atoll.AtollIntegrationTest;
import org.atoll.document.DocumentNumber;
import org.atoll.document.PersonName;
import org.atoll.document.Sex;
import org.atoll.movement.Direction;
import org.atoll.movement.Movement;
import org.atoll.movement.MovementRecorded;
import org.atoll.movement.TransportMode;
import org.atoll.movement.TravellerDocument;
import org.atoll.movement.TravellerRole;
import org.atoll.reference.CountryCode;
import org.atoll.reference.PortCode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reconciliation after arrival, driven by the movement module's event as the movement module will
 * publish it ({@link MovementRecorded} after a crossing is recorded; its implementation comes later).
 */
@AtollIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReconciliationTests {

    static final String HEADER = "reference,carrier,flight,departure_port,departure_time,arrival_port,arrival_time,role,"
            + "surname,given_names,sex,date_of_birth,nationality,document_type,document_number,document_issuer,document_expiry\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    String admin;
    String supervisor;

    @BeforeAll
    void tokens() throws Exception {
        ApiClient api = new ApiClient(mvc);
        admin = api.adminToken();
        supervisor = api.officerToken("IMMIGRATION", List.of("SUPERVISOR"));
    }

    String submit(String csv) throws Exception {
        MockHttpServletResponse r = mvc.perform(MockMvcRequestBuilders.post("/api/v1/manifests")
                .header("Authorization", "Bearer " + admin).contentType("text/csv")
                .content((HEADER + csv).getBytes(StandardCharsets.UTF_8))).andReturn().getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(201);
        return JsonPath.read(r.getContentAsString(), "$.manifestId");
    }

    MockHttpServletResponse get(String token, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).header("Authorization", "Bearer " + token)).andReturn().getResponse();
    }

    /** Publishes the movement module's event in a transaction, as the movement module will after recording. */
    UUID crossed(String surname, String given, String nationality, String number, LocalDate born, String flight,
                 Instant at) {
        UUID id = UUID.randomUUID();
        Movement movement = new Movement(id, UUID.randomUUID(), new TravellerDocument(CountryCode.of(nationality),
                DocumentNumber.of(number), "P", Optional.of(LocalDate.of(2034, 1, 1)), PersonName.of(surname, given),
                CountryCode.of(nationality), Optional.ofNullable(born), Optional.of(Sex.FEMALE)), Direction.ENTRY,
                PortCode.of("PWROR"), at, TransportMode.AIR, TravellerRole.PASSENGER, Optional.of("RC"),
                Optional.ofNullable(flight), Optional.of("VOA"), Optional.of(LocalDate.of(2026, 5, 30)), "officer1",
                "ADMIT", 0);
        transactions.executeWithoutResult(tx -> events.publishEvent(new MovementRecorded(movement)));
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> jdbc
                .sql("SELECT COUNT(*) FROM manifest_crossing WHERE movement_id = :id").param("id", id).query(Integer.class)
                .single() == 1);
        return id;
    }

    @Test
    void aManifestIsReconciledWithNoShowsUnannouncedTravellersAndDataMismatches() throws Exception {
        String id = submit("""
                REC-1,RC,RC401,MNL,2026-04-30T08:00,ROR,2026-04-30T12:30,passenger,ANDRES,MARIA,F,1985-05-05,PHL,P,PX1000001,PHL,2033-01-01
                REC-1,RC,RC401,MNL,2026-04-30T08:00,ROR,2026-04-30T12:30,passenger,BAUTISTA,LUZ,F,1990-09-09,PHL,P,PX1000002,PHL,2033-01-01
                REC-1,RC,RC401,MNL,2026-04-30T08:00,ROR,2026-04-30T12:30,passenger,CRUZ,ELENA,F,1970-07-07,PHL,P,PX1000003,PHL,2033-01-01
                REC-1,RC,RC401,MNL,2026-04-30T08:00,ROR,2026-04-30T12:30,passenger,DIAZ,ROSA,F,1975-03-03,PHL,P,PX1000004,PHL,2033-01-01
                """);
        Instant landed = Instant.parse("2026-04-30T12:50:00Z");
        crossed("ANDRES", "MARIA", "PHL", "PX1000001", LocalDate.of(1985, 5, 5), "RC401", landed);          // as manifested
        crossed("BAUTISTA", "LUZ", "PHL", "PX1000002", LocalDate.of(1990, 9, 19), "RC401", landed);         // date of birth differs
        crossed("CRUZ", "ELENA", "PHL", "PX9999999", LocalDate.of(1970, 7, 7), "RC 401", landed);           // another passport
        crossed("ESPIRITU", "GRACE", "PHL", "PX1000005", LocalDate.of(1999, 1, 1), "RC401", landed);        // not on the manifest

        String body = get(supervisor, "/api/v1/manifests/" + id + "/reconciliation").getContentAsString();

        assertThat((Integer) JsonPath.read(body, "$.manifested")).isEqualTo(4);
        assertThat((Integer) JsonPath.read(body, "$.presented")).isEqualTo(3);
        assertThat((List<String>) JsonPath.read(body, "$.noShows[*].surname")).containsExactly("DIAZ");
        assertThat((List<String>) JsonPath.read(body, "$.notManifested[*].surname")).containsExactly("ESPIRITU");
        assertThat((List<String>) JsonPath.read(body, "$.mismatches[*].person.surname")).containsExactly("BAUTISTA", "CRUZ");
        assertThat((List<String>) JsonPath.read(body, "$.mismatches[0].fields")).singleElement().asString()
                .contains("date of birth").contains("1990-09-09").contains("1990-09-19");
        assertThat((List<String>) JsonPath.read(body, "$.mismatches[1].fields")).singleElement().asString()
                .contains("document number").contains("PX1000003").contains("PX9999999");

        Map<String, Object> andres = JsonPath.read(get(supervisor, "/api/v1/manifests/" + id).getContentAsString(), "$.persons[0]");
        assertThat(andres.get("presentedAt")).isNotNull();
        assertThat((List<?>) andres.get("mismatches")).isEmpty();
    }

    @Test
    void theSameMovementDeliveredTwiceIsReconciledOnce() throws Exception {
        String id = submit("REC-2,RC,RC403,MNL,2026-05-02T08:00,ROR,2026-05-02T12:30,passenger,FLORES,ANA,F,1980-01-01,PHL,P,PX2000001,PHL,2033-01-01\n");
        UUID movement = crossed("FLORES", "ANA", "PHL", "PX2000001", LocalDate.of(1980, 1, 1), "RC403",
                Instant.parse("2026-05-02T12:45:00Z"));
        Movement again = new Movement(movement, UUID.randomUUID(), new TravellerDocument(CountryCode.of("PHL"),
                DocumentNumber.of("PX7777777"), "P", Optional.empty(), PersonName.of("OTHER", "PERSON"), CountryCode.of("PHL"),
                Optional.empty(), Optional.empty()), Direction.ENTRY, PortCode.of("PWROR"), Instant.parse("2026-05-02T12:45:00Z"),
                TransportMode.AIR, TravellerRole.PASSENGER, Optional.of("RC"), Optional.of("RC403"), Optional.empty(),
                Optional.empty(), "officer1", "ADMIT", 0);
        transactions.executeWithoutResult(tx -> events.publishEvent(new MovementRecorded(again)));
        String probe = submit("REC-2b,RC,RC404,MNL,2026-05-02T08:00,ROR,2026-05-02T12:30,passenger,GARCIA,IVY,F,1980-01-01,PHL,P,PX2000002,PHL,2033-01-01\n");
        crossed("GARCIA", "IVY", "PHL", "PX2000002", LocalDate.of(1980, 1, 1), "RC404", Instant.parse("2026-05-02T12:46:00Z"));

        String body = get(supervisor, "/api/v1/manifests/" + id + "/reconciliation").getContentAsString();
        assertThat((Integer) JsonPath.read(body, "$.presented")).isEqualTo(1);
        assertThat((List<?>) JsonPath.read(body, "$.notManifested")).isEmpty();
        assertThat(probe).isNotBlank();
    }

    @Test
    void theComplianceReportCountsLateMissingAndInaccurateManifestsPerCarrier() throws Exception {
        // sent long after departure (the test runs in 2026-11 or later): late
        String late = submit("CMP-1,QX,QX10,GUM,2026-03-10T08:00,ROR,2026-03-10T10:00,passenger,HALL,AMY,F,1980-01-01,USA,P,511100001,USA,2033-01-01\n");
        crossed("HALL", "AMY", "USA", "511100001", LocalDate.of(1980, 1, 2), "QX10", Instant.parse("2026-03-10T10:20:00Z"));
        // a flight whose travellers crossed but for which no manifest came: missing
        UUID unannounced = UUID.randomUUID();
        Movement missing = new Movement(unannounced, UUID.randomUUID(), new TravellerDocument(CountryCode.of("USA"),
                DocumentNumber.of("511100009"), "P", Optional.empty(), PersonName.of("IVES", "BEN"), CountryCode.of("USA"),
                Optional.empty(), Optional.empty()), Direction.ENTRY, PortCode.of("PWROR"), Instant.parse("2026-03-11T10:20:00Z"),
                TransportMode.AIR, TravellerRole.PASSENGER, Optional.of("QX"), Optional.of("QX12"), Optional.empty(),
                Optional.empty(), "officer1", "ADMIT", 0);
        transactions.executeWithoutResult(tx -> events.publishEvent(new MovementRecorded(missing)));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT COUNT(*) FROM manifest_crossing WHERE movement_id = :id")
                .param("id", unannounced).query(Integer.class).single() == 1);

        MockHttpServletResponse response = get(supervisor, "/api/v1/carrier-compliance?from=2026-03-01&to=2026-03-31");

        assertThat(response.getStatus()).isEqualTo(200);
        String body = response.getContentAsString();
        assertThat((String) JsonPath.read(body, "$.requiredBeforeDeparture")).isEqualTo("PT30M");
        assertThat((List<Integer>) JsonPath.read(body, "$.carriers[?(@.carrier == 'QX')].flights")).containsExactly(1);
        assertThat((List<String>) JsonPath.read(body, "$.carriers[?(@.carrier == 'QX')].late[*].flight")).containsExactly("QX10");
        assertThat((List<String>) JsonPath.read(body, "$.carriers[?(@.carrier == 'QX')].missing[*].flight")).containsExactly("QX12");
        assertThat((List<String>) JsonPath.read(body, "$.carriers[?(@.carrier == 'QX')].inaccurate[*].manifestId")).containsExactly(late);
        assertThat((List<Integer>) JsonPath.read(body, "$.carriers[?(@.carrier == 'QX')].inaccurate[*].mismatchedPersons")).containsExactly(1);
    }

    @Test
    void aReportPeriodEndingBeforeItStartsIsRefusedNamingTheField() throws Exception {
        MockHttpServletResponse response = get(supervisor, "/api/v1/carrier-compliance?from=2026-03-31&to=2026-03-01");

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("\"to\"");
    }

    @Test
    void theReconciliationAndCompliancePagesShowTheirListsToASupervisor() throws Exception {
        String id = submit("REC-9,RC,RC409,MNL,2026-05-09T08:00,ROR,2026-05-09T12:30,passenger,JACINTO,MAE,F,1980-01-01,PHL,P,PX9000001,PHL,2033-01-01\n");
        String username = new ApiClient(mvc).createOfficer("IMMIGRATION", List.of("SUPERVISOR"));
        var session = (org.springframework.mock.web.MockHttpSession) mvc.perform(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin("/login")
                        .user(username).password(ApiClient.OFFICER_PASSWORD)).andReturn().getRequest().getSession();

        var page = mvc.perform(MockMvcRequestBuilders.get("/flights/" + id + "/reconciliation").session(session)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("JACINTO").contains("Manifested but not presented");

        var compliance = mvc.perform(MockMvcRequestBuilders.get("/carrier-compliance?from=2026-05-01&to=2026-05-31").session(session))
                .andReturn().getResponse();
        assertThat(compliance.getStatus()).isEqualTo(200);
        assertThat(compliance.getContentAsString()).contains("RC").contains("Flights reported");
    }
}

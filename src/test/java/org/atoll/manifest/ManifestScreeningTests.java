package org.atoll.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atoll.alert.AlertFixtures.aDocumentAlert;
import static org.atoll.alert.AlertFixtures.aPersonAlert;
import static org.atoll.alert.AlertFixtures.uniqueReference;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.atoll.ApiClient;
import org.atoll.AtollIntegrationTest;
import org.atoll.TestDates;
import org.atoll.alert.AlertApiTestSupport;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Every manifested person is screened after the manifest arrives, and again when an alert changes before arrival. */
@AtollIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManifestScreeningTests {

    static final String HEADER = "reference,carrier,flight,departure_port,departure_time,arrival_port,arrival_time,role,"
            + "surname,given_names,sex,date_of_birth,nationality,document_type,document_number,document_issuer,document_expiry\n";
    static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired
    MockMvc mvc;

    AlertApiTestSupport alerts;
    String manager;
    String admin;
    String supervisor;

    @BeforeAll
    void tokens() throws Exception {
        alerts = new AlertApiTestSupport(mvc);
        manager = alerts.officer("IMMIGRATION", "ALERT_MANAGER");
        supervisor = alerts.officer("IMMIGRATION", "SUPERVISOR");
        admin = new ApiClient(mvc).adminToken();
    }

    /** A CSV manifest line for a flight arriving at Koror some hours from now. */
    static String line(String reference, String flight, int hoursAhead, String role, String surname, String given,
                       String sex, String born, String nationality, String number) {
        LocalDateTime arrival = TestDates.now().plusHours(hoursAhead).withSecond(0).withNano(0);
        return reference + ",PA," + flight + ",GUM," + arrival.minusHours(2).format(MINUTES) + ",ROR,"
                + arrival.format(MINUTES) + "," + role + "," + surname + "," + given + "," + sex + "," + born + ","
                + nationality + ",P," + number + "," + nationality + ",2034-01-01\n";
    }

    String submit(String csv) throws Exception {
        var r = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/manifests")
                .header("Authorization", "Bearer " + admin).contentType("text/csv")
                .content((HEADER + csv).getBytes(StandardCharsets.UTF_8))).andReturn().getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(201);
        return JsonPath.read(r.getContentAsString(), "$.manifestId");
    }

    Map<String, Object> person(String manifestId, int index) throws Exception {
        String body = alerts.get(supervisor, "/api/v1/manifests/" + manifestId).getContentAsString();
        return JsonPath.read(body, "$.persons[" + index + "]");
    }

    Map<String, Object> screened(String manifestId, int index) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> person(manifestId, index), p -> !"PENDING".equals(p.get("screeningStatus")));
    }

    @Test
    void anAlertedPersonIsReferredANationalNeedingAVisaIsFlaggedAndOthersAreClear() throws Exception {
        String reference = uniqueReference("IMM");
        String alertId = alerts.create(manager, aPersonAlert(reference).named("TEMBERUNG", "Osvaldo Rikardo")
                .bornOn("1979-03-03").nationality("PHL").sex("M").active());
        String documentAlert = alerts.create(manager, aDocumentAlert(uniqueReference("IMM"), "AUS", "PA9988776", "STOLEN").active());
        String id = submit(line("SCR-1", "PA901", 20, "passenger", "TEMBERUNG", "OSVALDO RIKARDO", "M", "1979-03-03", "PHL", "EC1234567")
                + line("SCR-1", "PA901", 20, "passenger", "MOLLIK", "SHAPLA", "M", "1990-01-15", "BGD", "BX4455667")
                + line("SCR-1", "PA901", 20, "passenger", "MILLER", "JANE", "F", "1985-06-06", "USA", "567812345")
                + line("SCR-1", "PA901", 20, "passenger", "WATTS", "HENRY", "M", "1970-02-02", "AUS", "PA9988776"));

        Map<String, Object> alerted = screened(id, 0);
        assertThat(alerted.get("screeningStatus")).isEqualTo("REFER");
        assertThat((List<String>) alerted.get("screeningReasons")).anySatisfy(r -> assertThat(r).contains("REFER_TO_SECONDARY"));
        assertThat((List<String>) alerted.get("hitIds")).isNotEmpty();
        String hit = ((List<String>) alerted.get("hitIds")).get(0);
        var hitRead = alerts.get(manager, "/api/v1/hits/" + hit);
        assertThat(hitRead.getContentAsString()).contains(alertId);

        Map<String, Object> bangladeshi = screened(id, 1);
        assertThat(bangladeshi.get("screeningStatus")).isEqualTo("VISA_NEEDED");
        assertThat(bangladeshi.get("visaNeeded")).isEqualTo(true);

        assertThat(screened(id, 2).get("screeningStatus")).isEqualTo("CLEAR");

        Map<String, Object> stolen = screened(id, 3);
        assertThat(stolen.get("screeningStatus")).isEqualTo("REFER");
        assertThat((List<String>) stolen.get("screeningReasons")).anySatisfy(r -> assertThat(r).contains("AUS:PA9988776"));
        assertThat(documentAlert).isNotBlank();
    }

    @Test
    void anAlertCreatedBeforeArrivalReferAPersonAlreadyScreenedClear() throws Exception {
        String id = submit(line("SCR-2", "PA902", 30, "passenger", "KLOULECHAD", "MARISOL", "F", "1988-08-08", "USA", "588812345"));
        assertThat(screened(id, 0).get("screeningStatus")).isEqualTo("CLEAR");

        alerts.create(manager, aPersonAlert(uniqueReference("IMM")).named("KLOULECHAD", "Marisol")
                .bornOn("1988-08-08").nationality("USA").sex("F").active());

        Map<String, Object> after = Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> person(id, 0), p -> "REFER".equals(p.get("screeningStatus")));
        assertThat((List<String>) after.get("hitIds")).isNotEmpty();
    }

    @Test
    void aFlightArrivingAfterTheNextThreeDaysIsNotScreenedAgainWhenAnAlertChanges() throws Exception {
        String id = submit(line("SCR-3", "PA903", 24 * 5, "passenger", "ISECHAL", "BRENDAN", "M", "1975-05-05", "USA", "599912345"));
        assertThat(screened(id, 0).get("screeningStatus")).isEqualTo("CLEAR");

        alerts.create(manager, aPersonAlert(uniqueReference("IMM")).named("ISECHAL", "Brendan")
                .bornOn("1975-05-05").nationality("USA").sex("M").active());
        // a later flight, inside the window, screened after the alert: once it is, the earlier change has been handled
        String probe = submit(line("SCR-3b", "PA904", 10, "passenger", "ISECHAL", "BRENDAN", "M", "1975-05-05", "USA", "599912345"));
        assertThat(screened(probe, 0).get("screeningStatus")).isEqualTo("REFER");

        assertThat(person(id, 0).get("screeningStatus")).isEqualTo("CLEAR");
    }

    @Test
    void aCarrierReadingItsManifestDoesNotSeeTheScreening() throws Exception {
        String id = submit(line("SCR-4", "PA905", 8, "passenger", "SUZUKY", "KEIKO", "F", "1992-02-12", "JPN", "TZ1234567"));
        screened(id, 0);
        String carrier = JsonPath.read(alerts.post(admin, "/api/v1/api-clients", "{\"name\":\"PA screening reader "
                + System.nanoTime() + "\",\"carrierCode\":\"PA\",\"scopes\":[\"MANIFEST_READ\"]}").getContentAsString(), "$.token");

        String body = alerts.get(carrier, "/api/v1/manifests/" + id).getContentAsString();

        assertThat((String) JsonPath.read(body, "$.persons[0].surname")).isEqualTo("SUZUKY");
        assertThat((Object) JsonPath.read(body, "$.persons[0].screeningStatus")).isNull();
        assertThat((List<?>) JsonPath.read(body, "$.persons[0].screeningReasons")).isEmpty();
    }

    @Test
    void aPersonWhoseDataTheAlertListRefusesIsMarkedErrorAndTheOthersAreStillScreened() throws Exception {
        String id = submit(line("SCR-5", "PA906", 6, "passenger", "OBAK", "A B C D E F G H I J K L M N O P Q R", "M",
                "1980-01-01", "USA", "511112345")
                + line("SCR-5", "PA906", 6, "passenger", "REMENGESAU", "LILY", "F", "1981-01-01", "USA", "522212345"));

        Map<String, Object> refused = screened(id, 0);
        assertThat(refused.get("screeningStatus")).isEqualTo("ERROR");
        assertThat((List<String>) refused.get("screeningReasons")).singleElement().asString().contains("screening failed");
        assertThat(screened(id, 1).get("screeningStatus")).isEqualTo("CLEAR");
    }

    @Test
    void theArrivalBoardListsTheFlightThePersonsToReferWithReasonsAndThoseNeedingAVisa() throws Exception {
        alerts.create(manager, aPersonAlert(uniqueReference("IMM")).named("NGIRCHOKEBAI", "Vasquez Tomas")
                .bornOn("1966-06-16").nationality("PHL").sex("M").active());
        String id = submit(line("SCR-6", "PA907", 4, "passenger", "NGIRCHOKEBAI", "VASQUEZ TOMAS", "M", "1966-06-16", "PHL", "EC7654321")
                + line("SCR-6", "PA907", 4, "passenger", "SARKER", "NUSRAT", "F", "1994-04-04", "BGD", "BZ1112223")
                + line("SCR-6", "PA907", 4, "passenger", "TELLEI", "ROSE", "F", "1960-01-01", "USA", "533312345"));
        screened(id, 0);
        screened(id, 1);
        screened(id, 2);
        String date = TestDates.now().plusHours(4).toLocalDate().toString();

        var response = alerts.get(alerts.officer("IMMIGRATION", "PRIMARY_OFFICER"), "/api/v1/arrival-board?port=PWROR&date=" + date);

        assertThat(response.getStatus()).isEqualTo(200);
        String body = response.getContentAsString();
        assertThat((List<Integer>) JsonPath.read(body, "$.flights[?(@.manifestId == '" + id + "')].screening.REFER")).containsExactly(1);
        assertThat((List<Integer>) JsonPath.read(body, "$.flights[?(@.manifestId == '" + id + "')].screening.CLEAR")).containsExactly(1);
        assertThat((List<List<String>>) JsonPath.read(body, "$.toRefer[?(@.surname == 'NGIRCHOKEBAI')].reasons"))
                .singleElement().asString().contains("REFER_TO_SECONDARY");
        assertThat((List<String>) JsonPath.read(body, "$.visaNeeded[*].surname")).contains("SARKER").doesNotContain("TELLEI");
        assertThat((List<String>) JsonPath.read(body, "$.toRefer[*].surname")).doesNotContain("TELLEI", "SARKER");
    }

    @Test
    void aCarrierClientCannotReadTheArrivalBoard() throws Exception {
        String carrier = JsonPath.read(alerts.post(admin, "/api/v1/api-clients", "{\"name\":\"PA board reader "
                + System.nanoTime() + "\",\"carrierCode\":\"PA\",\"scopes\":[\"MANIFEST_READ\"]}").getContentAsString(), "$.token");

        assertThat(alerts.get(carrier, "/api/v1/arrival-board?port=PWROR").getStatus()).isEqualTo(403);
    }

    @Test
    void aTravellerLeavingOnAnOutboundFlightIsScreenedAgainstAlertsButNotTheEntryRules() throws Exception {
        LocalDateTime departure = TestDates.now().plusHours(5).withSecond(0).withNano(0);
        String id = submit("SCR-7,PA,PA908,ROR," + departure.format(MINUTES) + ",GUM," + departure.plusHours(2).format(MINUTES)
                + ",passenger,ISLAM,FARHANA,F,1993-03-13,BGD,P,BX9998887,BGD,2034-01-01\n");

        Map<String, Object> leaving = screened(id, 0);

        assertThat(leaving.get("screeningStatus")).isEqualTo("CLEAR");
        assertThat(leaving.get("visaNeeded")).isEqualTo(false);
        assertThat((List<String>) leaving.get("screeningReasons")).singleElement().asString()
                .contains("does not arrive at a port of entry");
    }
}

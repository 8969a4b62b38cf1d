package org.atoll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

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
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.json.JsonMapper;

/**
 * The country's local date is the date of record. On a clock fixed at 2026-03-01T20:00Z, already
 * 2026-03-02 05:00 in Palau, the booth's overstay, the movement recorded, the manifest crossing's day and
 * the audit trail's date filter all count with 2 March; on UTC dates they would say 1 March.
 */
@AtollIntegrationTest
@Import(LocalDateOfRecordTests.PalauEvening.class)
class LocalDateOfRecordTests {

    static final ZoneId PALAU = ZoneId.of("Pacific/Palau");
    static final Instant NOW = Instant.parse("2026-03-01T20:00:00Z");
    static final LocalDate PALAU_DAY = LocalDate.of(2026, 3, 2);
    static final LocalDate UTC_DAY = LocalDate.of(2026, 3, 1);
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TestConfiguration
    static class PalauEvening {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, PALAU);
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    MachineReadableZones zones;
    @Autowired
    Movements movements;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("clock")
    Clock applicationClock;

    MockHttpServletResponse call(MockHttpServletRequestBuilder request, String token, Object body) throws Exception {
        request.header("Authorization", "Bearer " + token);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void theApplicationClockIsInTheConfiguredZonePalauByDefault() {
        assertThat(applicationClock.getZone()).isEqualTo(TestDates.ZONE);
        assertThat(BorderTime.DEFAULT_ZONE).isEqualTo("Pacific/Palau");
    }

    @Test
    void anOverstayerLeavingOnAPalauMorningThatIsStillTheUtcEveningBeforeCountsThePalauDay() throws Exception {
        ApiClient api = new ApiClient(mvc);
        String primary = api.officerToken("IMMIGRATION", List.of("PRIMARY_OFFICER"));
        String admin = api.adminToken();
        String surname = TestPassports.newSurname("EVENING");
        String number = TestPassports.newNumber();
        LocalDate birth = LocalDate.of(1984, 6, 15);
        LocalDate expiry = PALAU_DAY.plusYears(5);
        LocalDate permittedUntil = LocalDate.of(2026, 2, 20);
        movements.record(new CrossingToRecord(UUID.randomUUID(), new TravellerDocument(CountryCode.of("AUS"),
                DocumentNumber.of(number), "P", Optional.of(expiry), PersonName.of(surname, "ANNA"), CountryCode.of("AUS"),
                Optional.of(birth), Optional.empty()), Direction.ENTRY, PortCode.of("PWROR"), NOW.minus(40, ChronoUnit.DAYS),
                TransportMode.AIR, TravellerRole.PASSENGER, Optional.of("UA"), Optional.of("UA157"), Optional.of("VOA"),
                Optional.of(permittedUntil), "earlier-officer", "ADMIT"));

        MockHttpServletResponse r = call(post("/api/v1/inspections"), primary, Map.of("port", "PWROR", "booth", "A1",
                "direction", "EXIT", "mrz", new TestPassports(zones).passport("AUS", surname, "ANNA", number, birth, expiry),
                "mode", "AIR", "role", "PASSENGER"));
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(201);
        String inspection = JsonPath.read(r.getContentAsString(), "$.inspectionId");
        // 20 February to 2 March (Palau) is 10 days; to 1 March (UTC) it would be 9
        assertThat((Integer) JsonPath.read(r.getContentAsString(), "$.proposal.daysOverstayed")).isEqualTo(10);

        MockHttpServletResponse departed = call(post("/api/v1/inspections/" + inspection + "/decision"), primary,
                Map.of("outcome", "ADMIT"));
        assertThat(departed.getStatus()).as(departed.getContentAsString()).isEqualTo(200);
        assertThat((Integer) JsonPath.read(departed.getContentAsString(), "$.decision.daysOverstayed")).isEqualTo(10);

        // the movement record: the exit is on the Palau day, with the same days over
        Map<String, Object> exit = jdbc.sql("SELECT id, crossed_on, days_overstayed FROM movement WHERE source = :s")
                .param("s", UUID.fromString(inspection)).query().singleRow();
        assertThat(exit.get("crossed_on").toString()).isEqualTo(PALAU_DAY.toString());
        assertThat(((Number) exit.get("days_overstayed")).intValue()).isEqualTo(10);

        // the manifest module's reconciliation files the crossing under the same day
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !jdbc.sql(
                        "SELECT crossing_date FROM manifest_crossing WHERE movement_id = :id")
                .param("id", exit.get("id")).query().listOfRows().isEmpty());
        assertThat(jdbc.sql("SELECT crossing_date FROM manifest_crossing WHERE movement_id = :id").param("id", exit.get("id"))
                .query(LocalDate.class).single()).isEqualTo(PALAU_DAY);

        // the audit trail's date filter: the inspection happened on 2 March, not on 1 March
        assertThat(auditedOn(admin, inspection, PALAU_DAY)).contains("INSPECTION_STARTED");
        assertThat(auditedOn(admin, inspection, UTC_DAY)).isEmpty();
    }

    private List<String> auditedOn(String admin, String inspection, LocalDate day) throws Exception {
        MockHttpServletResponse found = call(get("/api/v1/audit").param("objectId", inspection)
                .param("from", day.toString()).param("to", day.toString()), admin, null);
        assertThat(found.getStatus()).as(found.getContentAsString()).isEqualTo(200);
        return JsonPath.read(found.getContentAsString(), "$[*].action");
    }
}

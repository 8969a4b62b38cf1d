package org.atoll.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atoll.movement.Crossings.aTraveller;
import static org.atoll.movement.Crossings.anEntry;
import static org.atoll.movement.Crossings.anExit;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;

import org.atoll.ApiClient;
import org.atoll.AtollIntegrationTest;
import org.atoll.movement.Movement;
import org.atoll.movement.MovementRecorded;
import org.atoll.movement.Movements;
import org.atoll.movement.TravellerDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Crossings recorded through the movement record reach the statistics by its event and are counted over the API:
 * grouped, small counts withheld, as JSON and CSV; a re-delivered event or a rebuild counts nothing twice.
 */
@AtollIntegrationTest
class CrossingStatisticsTests {

    static final YearMonth FIRST_MONTH = YearMonth.of(1900, 1).plusMonths(ThreadLocalRandom.current().nextInt(900));
    static final java.util.concurrent.atomic.AtomicInteger NEXT_MONTH = new java.util.concurrent.atomic.AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    Movements movements;

    @Autowired
    StatisticsService statistics;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    ApiClient api;
    String statistician;
    LocalDate day;
    YearMonth month;

    @BeforeEach
    void aStatisticianAndAMonthNoOtherTestUses() throws Exception {
        api = new ApiClient(mvc);
        statistician = "Bearer " + api.officerToken("STATISTICS", List.of("STATISTICIAN"));
        // the suite shares one database: a month from a random start, one further for each test, is this test's alone
        month = FIRST_MONTH.plusMonths(NEXT_MONTH.getAndIncrement());
        day = month.atDay(10);
    }

    private List<Movement> recordUsaAndFijiCrossings() {
        List<Movement> recorded = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            TravellerDocument american = aTraveller().nationality("USA").bornOn(day.minusYears(30)).build();
            recorded.add(movements.record(anEntry(american).on(day.plusDays(i)).build()));
            if (i == 0) {
                recorded.add(movements.record(anExit(american).on(day.plusDays(5)).build()));
            }
        }
        TravellerDocument refused = aTraveller().nationality("USA").build();
        recorded.add(movements.record(anEntry(refused).on(day).decision("REFUSED").build()));
        for (int i = 0; i < 4; i++) {
            TravellerDocument fijian = aTraveller().nationality("FJI").bornOn(day.minusYears(70)).build();
            recorded.add(movements.record(anEntry(fijian).port("PWMKK").bySea().on(day).build()));
        }
        return recorded;
    }

    private String query(String groupBy) {
        return "from=" + month.atDay(1) + "&to=" + month.atEndOfMonth() + "&groupBy=" + groupBy;
    }

    private MockHttpServletResponse call(String token, String path) throws Exception {
        return mvc.perform(get(path).header("Authorization", token)).andReturn().getResponse();
    }

    /** The rows once the events have been handled (they are, after the movement's transaction, on another thread). */
    private List<Map<String, Object>> rowsOnce(String groupBy, int crossings) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (true) {
            long counted = jdbc.sql("SELECT COUNT(*) FROM statistics_crossing WHERE crossed_month = :month")
                    .param("month", month.toString()).query(Long.class).single();
            if (counted >= crossings || System.currentTimeMillis() > deadline) {
                return JsonPath.read(call(statistician, "/api/v1/statistics/crossings?" + query(groupBy)).getContentAsString(), "$.rows");
            }
            Thread.sleep(50);
        }
    }

    @Test
    void arrivalsAndDeparturesAreCountedByMonthAndNationalityWithCountsBelowThreeWithheld() throws Exception {
        recordUsaAndFijiCrossings();

        var response = call(statistician, "/api/v1/statistics/crossings?" + query("month,nationality"));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(rowsOnce("month,nationality", 8)).containsExactly(
                row("month", month.toString(), "nationality", "FJI", "arrivals", 4, "departures", 0),
                row("month", month.toString(), "nationality", "USA", "arrivals", 3, "departures", null));
        String json = call(statistician, "/api/v1/statistics/crossings?" + query("month,nationality")).getContentAsString();
        assertThat(JsonPath.<List<String>>read(json, "$.groupBy")).containsExactly("month", "nationality");
        assertThat(JsonPath.<Integer>read(json, "$.suppressedBelow")).isEqualTo(3);
        assertThat(JsonPath.<String>read(json, "$.from")).isEqualTo(month.atDay(1).toString());
        assertThat(json).doesNotContain("SURNAME", "ALEX");
    }

    @Test
    void crossingsAreCountedByAgeBandSexPortAndMode() throws Exception {
        recordUsaAndFijiCrossings();

        assertThat(rowsOnce("ageBand,sex,port,mode", 8)).containsExactly(
                row("ageBand", "25-34", "sex", "FEMALE", "port", "PWROR", "mode", "AIR", "arrivals", 3, "departures", null),
                row("ageBand", "65+", "sex", "FEMALE", "port", "PWMKK", "mode", "SEA", "arrivals", 4, "departures", 0));
    }

    @Test
    void theCsvHasTheSameRowsWithWithheldCountsWrittenBelowThree() throws Exception {
        recordUsaAndFijiCrossings();
        rowsOnce("nationality", 8);

        var response = call(statistician, "/api/v1/statistics/crossings.csv?" + query("nationality,direction"));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains(".csv");
        assertThat(response.getContentAsString().split("\r\n")).containsExactly(
                "nationality,direction,arrivals,departures",
                "FJI,ENTRY,4,0",
                "USA,ENTRY,3,0",
                "USA,EXIT,0,<3");
    }

    @Test
    void aReDeliveredEventOrARebuildCountsNoCrossingTwice() throws Exception {
        List<Movement> recorded = recordUsaAndFijiCrossings();
        List<Map<String, Object>> before = rowsOnce("nationality,direction", 8);

        // the event delivered again, as the publication registry does after a crash, and handled
        transactions.executeWithoutResult(status -> recorded.forEach(m -> events.publishEvent(new MovementRecorded(m))));
        long deadline = System.currentTimeMillis() + 15_000;
        while (handledTwice(recorded) < recorded.size() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(handledTwice(recorded)).as("re-delivered events handled").isEqualTo(recorded.size());
        for (Movement m : recorded) {
            assertThat(statistics.count(m)).as("counted again").isFalse();
        }
        assertThat(rowsOnce("nationality,direction", 8)).isEqualTo(before);

        String admin = "Bearer " + api.adminToken();
        for (int i = 0; i < 2; i++) {
            var rebuilt = mvc.perform(post("/api/v1/statistics/crossings/rebuild").header("Authorization", admin))
                    .andReturn().getResponse();
            assertThat(rebuilt.getStatus()).isEqualTo(200);
            assertThat(JsonPath.<Integer>read(rebuilt.getContentAsString(), "$.counted")).isGreaterThanOrEqualTo(8);
        }
        assertThat(rowsOnce("nationality,direction", 8)).isEqualTo(before);
        String audit = call(admin, "/api/v1/audit?action=STATISTICS_REBUILT").getContentAsString();
        assertThat(JsonPath.<List<String>>read(audit, "$[*].action")).contains("STATISTICS_REBUILT");
    }

    /** How many of the movements the statistics' listener has completed two deliveries of. */
    private int handledTwice(List<Movement> recorded) {
        int handled = 0;
        for (Movement m : recorded) {
            long completed = jdbc.sql("""
                    SELECT COUNT(*) FROM event_publication WHERE listener_id LIKE '%StatisticsService%'
                    AND serialized_event LIKE :id AND completion_date IS NOT NULL""")
                    .param("id", "%" + m.movementId() + "%").query(Long.class).single();
            handled += completed >= 2 ? 1 : 0;
        }
        return handled;
    }

    @Test
    void aRebuildIsForAdministratorsOnly() throws Exception {
        assertThat(mvc.perform(post("/api/v1/statistics/crossings/rebuild").header("Authorization", statistician))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void wrongParametersAreNamedIn422ProblemDetails() throws Exception {
        assertProblem("/api/v1/statistics/crossings?to=2026-01-31", "from");
        assertProblem("/api/v1/statistics/crossings?from=2026-01-01&to=31.01.2026", "to");
        assertProblem("/api/v1/statistics/crossings?from=2026-02-01&to=2026-01-31", "to");
        assertProblem("/api/v1/statistics/crossings?from=2020-01-01&to=2025-01-01", "to");
        assertProblem("/api/v1/statistics/crossings?from=2026-01-01&to=2026-01-31&groupBy=month,colour", "groupBy");
        assertProblem("/api/v1/statistics/crossings?from=2026-01-01&to=2026-01-31&groupBy=day,port,sex,mode,role", "groupBy");
        assertProblem("/api/v1/statistics/crossings.csv?from=2026-01-01&groupBy=month", "to");
    }

    private void assertProblem(String path, String field) throws Exception {
        var response = call(statistician, path);
        assertThat(response.getStatus()).as(path).isEqualTo(422);
        assertThat(response.getContentType()).as(path).startsWith("application/problem+json");
        assertThat(JsonPath.<List<String>>read(response.getContentAsString(), "$.errors[*].field")).as(path).contains(field);
    }

    @Test
    void officersWithoutAStatisticsRoleAreRefusedAndMachineClientsNeedTheStatisticsScope() throws Exception {
        String primary = "Bearer " + api.officerToken("IMMIGRATION", List.of("PRIMARY_OFFICER", "ANALYST"));
        assertThat(call(primary, "/api/v1/statistics/crossings?" + query("month")).getStatus()).isEqualTo(403);
        String supervisor = "Bearer " + api.officerToken("IMMIGRATION", List.of("SUPERVISOR"));
        assertThat(call(supervisor, "/api/v1/statistics/crossings?" + query("month")).getStatus()).isEqualTo(200);

        assertThat(call("Bearer " + clientToken("STATISTICS_READ"), "/api/v1/statistics/crossings.csv?" + query("month"))
                .getStatus()).isEqualTo(200);
        assertThat(call("Bearer " + clientToken("SCREENING"), "/api/v1/statistics/crossings?" + query("month"))
                .getStatus()).isEqualTo(403);
    }

    private String clientToken(String scope) throws Exception {
        String created = mvc.perform(post("/api/v1/api-clients").header("Authorization", "Bearer " + api.adminToken())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Tourism office " + scope + System.nanoTime() + "\",\"scopes\":[\"" + scope + "\"]}"))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(created, "$.token");
    }

    /** A row as the API writes it, from names and values in turn (a null count is a withheld one). */
    private static Map<String, Object> row(Object... namesAndValues) {
        Map<String, Object> row = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            row.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return row;
    }
}

package org.atoll.manifest.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.atoll.ApiClient;
import org.atoll.AtollIntegrationTest;
import org.atoll.TestDates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.jayway.jsonpath.JsonPath;

/**
 * Timing harness (not a test: its name keeps it out of the suite): from {@code POST /api/v1/manifests}
 * of a 500-person CSV manifest to the last person's screening stored, through the real listener.
 * Run with {@code ./mvnw -o -q test -Dtest=ScreeningTimeMeasurement -Dsurefire.failIfNoSpecifiedTests=false}
 * and read the figures on standard output; write them with the machine's load in docs/benchmarks-manifest.md.
 */
@AtollIntegrationTest
class ScreeningTimeMeasurement {

    static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    static final String[] NATIONALITIES = {"USA", "JPN", "PHL", "KOR", "TWN", "AUS", "CHN", "DEU", "BGD", "FSM"};
    static final String[] SYLLABLES = {"ka", "lo", "mi", "ra", "te", "su", "no", "be", "di", "ngi", "ro", "chad", "ul"};

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    static String manifest(int persons, long seed, String flight) {
        Random random = new Random(seed);
        LocalDateTime arrival = TestDates.now().plusDays(5).withSecond(0).withNano(0);
        StringBuilder csv = new StringBuilder("reference,carrier,flight,departure_port,departure_time,arrival_port,"
                + "arrival_time,role,surname,given_names,sex,date_of_birth,nationality,document_type,document_number,"
                + "document_issuer,document_expiry\n");
        for (int i = 0; i < persons; i++) {
            String nationality = NATIONALITIES[random.nextInt(NATIONALITIES.length)];
            csv.append("BENCH-").append(flight).append(",PA,").append(flight).append(",GUM,")
                    .append(arrival.minusHours(2).format(MINUTES)).append(",ROR,").append(arrival.format(MINUTES))
                    .append(i < 12 ? ",crew," : ",passenger,").append(word(random, 3)).append(',').append(word(random, 2))
                    .append(' ').append(word(random, 2)).append(',').append(random.nextBoolean() ? "F" : "M").append(',')
                    .append(1950 + random.nextInt(55)).append("-0").append(1 + random.nextInt(9)).append("-1")
                    .append(random.nextInt(10)).append(',').append(nationality).append(",P,")
                    .append(Character.toString('A' + random.nextInt(26))).append(1000000 + random.nextInt(9000000))
                    .append(',').append(nationality).append(",2033-0").append(1 + random.nextInt(9)).append("-01\n");
        }
        return csv.toString();
    }

    static String word(Random random, int syllables) {
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return w.toString().toUpperCase(Locale.ROOT);
    }

    @Test
    void measure() throws Exception {
        String admin = new ApiClient(mvc).adminToken();
        List<Long> millis = new ArrayList<>();
        for (int run = 0; run < 8; run++) {
            byte[] body = manifest(500, run, "PA" + (700 + run)).getBytes(StandardCharsets.UTF_8);
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long cpuStarted = os.getProcessCpuTime();
            long started = System.nanoTime();
            String response = mvc.perform(MockMvcRequestBuilders.post("/api/v1/manifests")
                    .header("Authorization", "Bearer " + admin).contentType("text/csv").content(body))
                    .andReturn().getResponse().getContentAsString();
            UUID id = UUID.fromString(JsonPath.read(response, "$.manifestId"));
            long pending;
            do {
                Thread.sleep(5);
                pending = jdbc.sql("SELECT COUNT(*) FROM manifest_person WHERE manifest_id = :m AND screening_status = 'PENDING'")
                        .param("m", id).query(Long.class).single();
            } while (pending > 0);
            long elapsed = (System.nanoTime() - started) / 1_000_000;
            long cpu = (os.getProcessCpuTime() - cpuStarted) / 1_000_000;
            millis.add(elapsed);
            System.out.println("MEASURE run " + run + ": 500 persons received and screened in " + elapsed + " ms wall, "
                    + cpu + " ms process CPU, load " + os.getSystemLoadAverage() + " "
                    + jdbc.sql("SELECT screening_status, COUNT(*) FROM manifest_person WHERE manifest_id = :m GROUP BY screening_status")
                    .param("m", id).query((rs, n) -> rs.getString(1) + "=" + rs.getLong(2)).list());
        }
        System.out.println("MEASURE all runs (ms, first 3 are warm-up): " + millis);
    }

    @Test
    void measureInteractiveAnswers() throws Exception {
        String admin = new ApiClient(mvc).adminToken();
        Random random = new Random(7);
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 230; i++) {
            String nationality = NATIONALITIES[random.nextInt(NATIONALITIES.length)];
            String body = "{\"carrier\":\"PA\",\"flight\":\"PA808\",\"departurePort\":\"GUM\",\"departure\":\"2026-12-20T08:00:00\","
                    + "\"arrivalPort\":\"ROR\",\"arrival\":\"2026-12-20T11:00:00\",\"passenger\":{\"surname\":\"" + word(random, 3)
                    + "\",\"givenNames\":\"" + word(random, 2) + "\",\"dateOfBirth\":\"1980-01-01\",\"sex\":\"F\",\"nationality\":\""
                    + nationality + "\",\"documentType\":\"P\",\"documentNumber\":\"X" + (1000000 + i) + "\",\"documentIssuer\":\""
                    + nationality + "\",\"documentExpiry\":\"2034-01-01\"}}";
            long started = System.nanoTime();
            mvc.perform(MockMvcRequestBuilders.post("/api/v1/iapi/checks").header("Authorization", "Bearer " + admin)
                    .contentType("application/json").content(body)).andReturn().getResponse().getContentAsString();
            if (i >= 30) {
                micros.add((System.nanoTime() - started) / 1_000);
            }
        }
        java.util.Collections.sort(micros);
        System.out.println("MEASURE iAPI round trip (200 after 30 warm-up), microseconds: p50 " + micros.get(100) + ", p95 "
                + micros.get(190) + ", max " + micros.get(199) + ", load "
                + java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}

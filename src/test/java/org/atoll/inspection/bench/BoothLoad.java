package org.atoll.inspection.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.atoll.TestDates;
import org.atoll.document.MachineReadableZones;
import org.atoll.document.MrzFields;
import org.atoll.document.MrzFormat;
import org.atoll.document.Sex;
import org.atoll.reference.KnownCodes;

/**
 * Drives a running Atoll like busy booths: each booth inspects a traveller ({@code POST
 * /api/v1/inspections}) and records the proposed decision ({@code POST .../decision}), back to
 * back (or with {@code --think-ms} of the officer's own time between travellers), and the driver
 * reports p50/p90/p99/max latency and errors per call. Travellers are
 * generated (valid zones written by the document module): mostly visa-on-arrival visitors, some
 * nationals who need a visa (referred) and some departures.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) org.atoll.inspection.bench.BoothLoad \
 *     --url http://localhost:8080 --admin-password '...' --booths 20 --travellers 100 --warmup 20
 * </pre>
 */
public final class BoothLoad {

    private static final Pattern ID = Pattern.compile("\"inspectionId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern OUTCOME = Pattern.compile("\"proposal\"\\s*:\\s*\\{\"outcome\"\\s*:\\s*\"([A-Z]+)\"");
    private static final String[] VOA = {"AUS", "JPN", "KOR", "PHL", "IND", "CHN", "NZL", "CAN", "IDN", "FJI"};
    private static final String[] VISA_REQUIRED = {"BGD", "MMR"};
    private static final String[] SURNAMES = {"TANAKA", "KIM", "SANTOS", "NGUYEN", "SMITH", "SINGH", "WANG", "REYES", "KUMAR", "LEE"};
    private static final String[] GIVEN = {"ANNA", "JOHN", "MARIA", "HIRO", "LI", "RAJ", "SARA", "TOMAS", "MEI", "ALI"};

    private BoothLoad() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        String url = o.getOrDefault("url", "http://localhost:8080");
        int booths = Integer.parseInt(o.getOrDefault("booths", "20"));
        int travellers = Integer.parseInt(o.getOrDefault("travellers", "100"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "10"));
        String port = o.getOrDefault("port", "PWROR");
        // the officer's own time per traveller (reading the passport, questions): 0 = back to back, a stress test
        long thinkMs = Long.parseLong(o.getOrDefault("think-ms", "0"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        String admin = token(http, url, o.getOrDefault("admin", "admin"), required(o, "admin-password"));
        String username = "booth-load-" + UUID.randomUUID().toString().substring(0, 6);
        String password = "Booth-Load-" + UUID.randomUUID();
        send(http, post(url + "/api/v1/officers", admin, "{\"username\":\"" + username + "\",\"fullName\":\"Booth load driver\","
                + "\"agency\":\"IMMIGRATION\",\"roles\":[\"PRIMARY_OFFICER\"],\"password\":\"" + password + "\"}"), 201);
        String officer = token(http, url, username, password);

        MachineReadableZones zones = new MachineReadableZones(KnownCodes.ANY, Clock.systemUTC());
        Stats inspect = new Stats();
        Stats decide = new Stats();
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(booths);
        long start = System.nanoTime();
        for (int b = 0; b < booths; b++) {
            int booth = b;
            new Thread(() -> {
                Random random = new Random(7919L * booth + 1);
                try {
                    for (int t = 0; t < warmup + travellers; t++) {
                        boolean measured = t >= warmup;
                        String mrz = traveller(zones, random);
                        String direction = random.nextInt(10) == 0 ? "EXIT" : "ENTRY";
                        String body = "{\"port\":\"" + port + "\",\"booth\":\"L" + booth + "\",\"direction\":\"" + direction
                                + "\",\"mrz\":\"" + mrz.replace("\n", "\\n") + "\",\"mode\":\"AIR\",\"role\":\"PASSENGER\"}";
                        long t0 = System.nanoTime();
                        HttpResponse<String> r = call(http, post(url + "/api/v1/inspections", officer, body));
                        long t1 = System.nanoTime();
                        if (measured) {
                            inspect.add(t1 - t0, r == null || r.statusCode() != 201);
                        }
                        if (r == null || r.statusCode() != 201) {
                            continue;
                        }
                        Matcher id = ID.matcher(r.body());
                        Matcher outcome = OUTCOME.matcher(r.body());
                        if (!id.find() || !outcome.find()) {
                            if (measured) {
                                decide.add(0, true);
                            }
                            continue;
                        }
                        outcomes.computeIfAbsent(outcome.group(1), k -> new AtomicInteger()).incrementAndGet();
                        long t2 = System.nanoTime();
                        HttpResponse<String> d = call(http, post(url + "/api/v1/inspections/" + id.group(1) + "/decision", officer,
                                "{\"outcome\":\"" + outcome.group(1) + "\"}"));
                        long t3 = System.nanoTime();
                        if (measured) {
                            decide.add(t3 - t2, d == null || d.statusCode() != 200);
                        }
                        if (thinkMs > 0) {
                            // uniform between half and one and a half times the mean, so booths do not march in step
                            Thread.sleep(thinkMs / 2 + (long) (random.nextDouble() * thinkMs));
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "booth-" + b).start();
        }
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "booths=%d travellers/booth=%d (after %d warm-up) think=%dms wall=%.1fs proposals=%s%n",
                booths, travellers, warmup, thinkMs, seconds, outcomes);
        System.out.println(inspect.report("POST /api/v1/inspections          "));
        System.out.println(decide.report("POST /api/v1/inspections/{id}/decision"));
    }

    static String traveller(MachineReadableZones zones, Random random) {
        String nationality = random.nextInt(20) == 0 ? VISA_REQUIRED[random.nextInt(VISA_REQUIRED.length)] : VOA[random.nextInt(VOA.length)];
        String number = "L" + Long.toString(Math.abs(random.nextLong()), 36).toUpperCase(Locale.ROOT);
        number = number.substring(0, Math.min(9, number.length()));
        return zones.generate(MrzFields.builder(MrzFormat.TD3).documentCode("P").issuingState(nationality)
                .name(SURNAMES[random.nextInt(SURNAMES.length)], GIVEN[random.nextInt(GIVEN.length)]).documentNumber(number)
                .nationality(nationality).dateOfBirth(LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28)))
                .sex(random.nextBoolean() ? Sex.FEMALE : Sex.MALE).dateOfExpiry(TestDates.today().plusYears(1 + random.nextInt(9)))
                .build()).text();
    }

    /** Latencies and errors of one kind of call. */
    static final class Stats {
        private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        private final AtomicInteger errors = new AtomicInteger();

        void add(long n, boolean error) {
            if (error) {
                errors.incrementAndGet();
            } else {
                nanos.add(n);
            }
        }

        String report(String name) {
            long[] sorted;
            synchronized (nanos) {
                sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            }
            if (sorted.length == 0) {
                return name + " no successful calls, errors=" + errors.get();
            }
            return String.format(Locale.ROOT, "%s n=%d errors=%d p50=%.1fms p90=%.1fms p99=%.1fms max=%.1fms", name, sorted.length,
                    errors.get(), ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
        }

        private static double ms(long[] sorted, double q) {
            int index = (int) Math.ceil(q * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }
    }

    static HttpRequest post(String url, String token, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.build();
    }

    static HttpResponse<String> call(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            return null;
        }
    }

    static String send(HttpClient http, HttpRequest request, int expected) throws Exception {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(request.uri() + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    static String token(HttpClient http, String url, String username, String password) throws Exception {
        String body = send(http, post(url + "/api/v1/auth/token", null,
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"), 200);
        Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no token in " + body);
        }
        return m.group(1);
    }

    static String required(Map<String, String> o, String name) {
        String v = o.get(name);
        if (v == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return v;
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Options are --name value pairs: " + Arrays.toString(args));
            }
            o.put(args[i].substring(2), args[i + 1]);
        }
        return o;
    }
}

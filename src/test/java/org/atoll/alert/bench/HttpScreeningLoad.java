package org.atoll.alert.bench;

import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.atoll.alert.importing.CountryNames;

/**
 * Screening over HTTP against a running Atoll: {@code clients} threads, each with its own
 * connection (HTTP/1.1 keep-alive, {@link KeepAliveHttp}), send {@code POST /api/v1/screening/persons} one after the
 * other for {@code seconds} (after a warm-up), and the latency of every answer is kept. The
 * travellers are the people on no list of shared/testdata/names (name as written, date of birth,
 * nationality as an ICAO code when the country name is known; most screenings find nothing, as at
 * a booth). Prints p50, p90, p99,
 * p99.9, max, screenings per second and the answers other than 200.
 *
 * <p>Every screening is a real one: candidates become hits and everything is audited, so run it
 * against a throw-away database. Command in docs/benchmarks-alert.md ("Over HTTP").
 *
 * <p>Args: {@code <base URL> <bearer token> [clients=20] [seconds=60] [warm-up seconds=15] [names csv]}.
 */
public final class HttpScreeningLoad {

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: HttpScreeningLoad <base URL> <bearer token> [clients] [seconds] [warm-up seconds] [names csv]");
            System.exit(2);
        }
        String base = args[0].replaceAll("/+$", "");
        String token = args[1];
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        int warmUp = args.length > 4 ? Integer.parseInt(args[4]) : 15;
        Path names = Path.of(args.length > 5 ? args[5] : "/work/shared/testdata/names/no_list_people_global.csv");

        List<String> bodies = bodies(names);
        System.out.printf(Locale.ROOT, "%d travellers from %s; %d clients against %s; warm-up %d s, measured %d s%n",
                bodies.size(), names, clients, base, warmUp, seconds);
        run(base, token, clients, warmUp, bodies, null);
        long[][] perClient = new long[clients][];
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        long started = System.nanoTime();
        run(base, token, clients, seconds, bodies, new Recorder(perClient, statuses));
        double elapsed = (System.nanoTime() - started) / 1e9;

        long[] all = Arrays.stream(perClient).flatMapToLong(Arrays::stream).toArray();
        Arrays.sort(all);
        int n = all.length;
        if (n == 0) {
            System.out.println("no answer with status 200; answers by status: " + statuses);
            return;
        }
        System.out.printf(Locale.ROOT, "%d screenings in %.1f s = %.0f/s; latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, "
                        + "p99.9 %.1f ms, max %.1f ms, mean %.1f ms%n", n, elapsed, n / elapsed, all[n / 2] / 1e6,
                all[n * 9 / 10] / 1e6, all[Math.min(n - 1, n * 99 / 100)] / 1e6, all[Math.min(n - 1, n * 999 / 1000)] / 1e6,
                all[n - 1] / 1e6, Arrays.stream(all).average().orElse(0) / 1e6);
        System.out.println("answers by status: " + statuses);
    }

    private record Recorder(long[][] perClient, Map<Integer, AtomicInteger> statuses) {
    }

    private static void run(String base, String token, int clients, int seconds, List<String> bodies, Recorder recorder)
            throws InterruptedException {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong next = new AtomicLong();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                long[] latencies = new long[1024];
                int count = 0;
                try (KeepAliveHttp http = new KeepAliveHttp(URI.create(base))) {
                    while (System.nanoTime() < until) {
                        byte[] body = bodies.get((int) (next.getAndIncrement() % bodies.size())).getBytes(StandardCharsets.UTF_8);
                        long t0 = System.nanoTime();
                        int status;
                        try {
                            status = http.postJson("/api/v1/screening/persons", token, body);
                        } catch (java.io.IOException e) {
                            status = -1;
                        }
                        long took = System.nanoTime() - t0;
                        if (recorder != null) {
                            recorder.statuses().computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                            if (status == 200) {
                                if (count == latencies.length) latencies = Arrays.copyOf(latencies, count * 2);
                                latencies[count++] = took;
                            }
                        }
                    }
                } finally {
                    if (recorder != null) recorder.perClient()[client] = Arrays.copyOf(latencies, count);
                    done.countDown();
                }
            }, "screening-client-" + c);
            t.start();
        }
        done.await();
    }

    /** One JSON screening request per person on no list: names, and date of birth and nationality when given. */
    static List<String> bodies(Path file) throws Exception {
        List<String> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                String name = rec.get("full_name");
                if (name == null || name.isBlank() || name.length() > 200) continue;
                StringBuilder json = new StringBuilder("{\"names\":[").append(quote(name)).append(']');
                String dob = rec.isMapped("date_of_birth") ? rec.get("date_of_birth") : "";
                if (dob.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) json.append(",\"dateOfBirth\":").append(quote(dob));
                if (rec.isMapped("nationality")) {
                    CountryNames.toCode(rec.get("nationality")).ifPresent(c -> json.append(",\"nationality\":").append(quote(c.value())));
                }
                json.append('}');
                out.add(json.toString());
            }
        }
        return out;
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20) b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }
}

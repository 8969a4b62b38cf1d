package org.atoll.alert.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.atoll.alert.screening.Candidate;
import org.atoll.alert.screening.ScreeningResult;

/**
 * A quicker companion to the JMH benchmarks, with one index build for all figures: the
 * {@link ScreeningState} engine and query mix, single-thread latency percentiles over the 20,000
 * queries (after a warm-up pass), then screenings per second with two threads. With a file
 * argument it writes every query's candidates (alert, score, band) so two engine versions can be
 * compared result for result. -Dqueries=N uses the first N queries. Args: {@code [passes] [throughput seconds] [results file]}.
 */
public final class ScreeningLoop {

    private static void print(String title, long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        System.out.printf(Locale.ROOT, "%s, %d queries: p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.1f ms, mean %.3f ms%n",
                title, n, sorted[n / 2] / 1e6, sorted[n * 9 / 10] / 1e6, sorted[n * 99 / 100] / 1e6,
                sorted[n * 999 / 1000] / 1e6, sorted[n - 1] / 1e6, Arrays.stream(sorted).average().orElse(0) / 1e6);
    }

    public static void main(String[] args) throws Exception {
        int passes = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        ScreeningState state = new ScreeningState();
        state.alerts = Integer.getInteger("alerts", 1_000_000);
        long t0 = System.nanoTime();
        state.build();
        System.out.printf(Locale.ROOT, "setup (corpus + index) %.1f s: %s%n", (System.nanoTime() - t0) / 1e9, state.engine.describe());

        int n = Math.min(state.queries.length, Integer.getInteger("queries", state.queries.length));
        long[] nanos = new long[n];
        long[] cpu = new long[n];
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int pass = 1; pass <= passes; pass++) {
            for (int i = 0; i < n; i++) {
                long c = mx.getCurrentThreadCpuTime();
                long s = System.nanoTime();
                state.engine.screen(state.queries[i]);
                nanos[i] = System.nanoTime() - s;
                cpu[i] = mx.getCurrentThreadCpuTime() - c;
            }
            print("pass " + pass + ", one thread, wall", nanos);
            print("pass " + pass + ", one thread, cpu ", cpu);
        }

        System.out.printf(Locale.ROOT, "load average %.1f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        LongAdder done = new LongAdder();
        AtomicBoolean stop = new AtomicBoolean();
        Thread[] threads = new Thread[2];
        for (int t = 0; t < threads.length; t++) {
            int start = t * 7919 % n;
            threads[t] = new Thread(() -> {
                int i = start;
                while (!stop.get()) {
                    state.engine.screen(state.queries[i]);
                    done.increment();
                    if (++i == n) i = 0;
                }
            });
        }
        long s = System.nanoTime();
        for (Thread t : threads) t.start();
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (Thread t : threads) t.join();
        System.out.printf(Locale.ROOT, "two threads, %d s: %.0f screenings/s%n", seconds, done.sum() / ((System.nanoTime() - s) / 1e9));

        if (args.length > 2) {
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[2])))) {
                for (int i = 0; i < n; i++) {
                    ScreeningResult r = state.engine.screen(state.queries[i]);
                    StringBuilder b = new StringBuilder().append(i);
                    for (Candidate c : r.candidates()) {
                        b.append(' ').append(c.alertId()).append(':').append(c.score()).append(':').append(c.band());
                    }
                    out.println(b);
                }
            }
        }
    }
}

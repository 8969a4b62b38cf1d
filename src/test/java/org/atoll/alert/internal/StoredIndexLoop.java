package org.atoll.alert.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.atoll.alert.screening.ScreeningQuery;
import org.atoll.alert.screening.Suppressions;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * Bench: the screening index as the application builds it (from the stored alerts of a database),
 * screened in-process with the no-list people, one thread, CPU time per screening. Tells the
 * engine's cost on stored alerts apart from the HTTP path's. Args: {@code <jdbc url> [passes]}.
 */
public final class StoredIndexLoop {

    public static void main(String[] args) throws Exception {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(args[0]);
        ds.setUser("postgres");
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        AlertIndex index = new AlertIndex(new AlertRepository(JdbcClient.create(ds), JsonMapper.builder().build()),
                Clock.systemUTC(), new SimpleMeterRegistry());
        long t0 = System.nanoTime();
        index.rebuild();
        System.out.printf(Locale.ROOT, "built in %.1f s: %s%n", (System.nanoTime() - t0) / 1e9, index.describe());
        List<ScreeningQuery> queries = org.atoll.alert.bench.QualityEvaluation.noListPeople(
                Path.of("/work/shared/testdata/names/no_list_people_global.csv"));
        int n = Math.min(queries.size(), Integer.getInteger("queries", 20_000));
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[n];
        for (int pass = 1; pass <= passes; pass++) {
            for (int i = 0; i < n; i++) {
                long c = mx.getCurrentThreadCpuTime();
                index.screen(queries.get(i), Suppressions.NONE);
                cpu[i] = mx.getCurrentThreadCpuTime() - c;
            }
            long[] s = cpu.clone();
            Arrays.sort(s);
            System.out.printf(Locale.ROOT, "pass %d cpu: p50 %.3f ms, p99 %.3f ms, mean %.3f ms (load %.1f)%n", pass,
                    s[n / 2] / 1e6, s[n * 99 / 100] / 1e6, Arrays.stream(s).average().orElse(0) / 1e6,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}

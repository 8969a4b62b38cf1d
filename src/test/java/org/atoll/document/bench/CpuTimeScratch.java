package org.atoll.document.bench;

import java.lang.management.ManagementFactory;

public class CpuTimeScratch {
    public static void main(String[] args) throws Exception {
        MrzParseBenchmark b = new MrzParseBenchmark();
        b.setUp();
        var bean = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 8; round++) {
            long cpu0 = bean.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            int n = 2_000_000;
            long sink = 0;
            for (int i = 0; i < n; i++) {
                sink += b.readTd3().errors().size();
            }
            long cpu = bean.getCurrentThreadCpuTime() - cpu0;
            long wall = System.nanoTime() - wall0;
            System.out.printf("round %d: cpu %.1f ns/op (%.0f ops/s per core), wall %.1f ns/op %d%n", round, (double) cpu / n, n * 1e9 / cpu, (double) wall / n, sink);
        }
    }
}

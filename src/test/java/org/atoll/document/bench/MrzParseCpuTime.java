package org.atoll.document.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * A companion to {@link MrzParseBenchmark} for a shared machine: JMH measures wall-clock
 * throughput, which other processes on the same cores pull down; this counts the CPU time the
 * reading thread itself used per zone (ThreadMXBean), which they do not. Same zones, same reader.
 * Run: {@code java -cp target/classes:target/test-classes:<test classpath> org.atoll.document.bench.MrzParseCpuTime}
 */
public final class MrzParseCpuTime {

    private MrzParseCpuTime() {
    }

    public static void main(String[] args) {
        MrzParseBenchmark benchmark = new MrzParseBenchmark();
        benchmark.setUp();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int perRound = 2_000_000;
        long sink = 0;
        for (int round = 1; round <= 10; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                sink += benchmark.readTd3().checkDigits().size();
            }
            cpu = threads.getCurrentThreadCpuTime() - cpu;
            wall = System.nanoTime() - wall;
            System.out.printf("round %2d%s: %.0f ns CPU per TD3 zone = %,.0f zones per CPU-second; wall %.0f ns%n",
                    round, round <= 3 ? " (warm-up)" : "", (double) cpu / perRound, perRound * 1e9 / cpu, (double) wall / perRound);
        }
        if (sink == 0) {
            System.out.println("no check digits read");
        }
    }
}

package org.atoll.alert.bench;

import java.util.concurrent.TimeUnit;
import org.atoll.alert.screening.ScreeningResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/** Screenings per second with two threads against 1,000,000 person alerts. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Threads(2)
@State(Scope.Thread)
public class ScreeningThroughputBenchmark {

    private int next = (int) (Thread.currentThread().getId() * 7919 % 20_000);

    @Benchmark
    public ScreeningResult screen(ScreeningState state) {
        int i = next++;
        if (next >= state.queries.length) next = 0;
        return state.engine.screen(state.queries[i]);
    }
}

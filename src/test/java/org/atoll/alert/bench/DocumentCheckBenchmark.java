package org.atoll.alert.bench;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.atoll.alert.screening.DocumentAlertEntry;
import org.atoll.alert.screening.DocumentHit;
import org.atoll.alert.screening.ScreeningEngine;
import org.atoll.alert.screening.TravelDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Document check against 5,000,000 document alerts: half the presented documents are listed. */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@State(Scope.Benchmark)
public class DocumentCheckBenchmark {

    @Param("5000000")
    public int documents;

    private ScreeningEngine engine;
    private TravelDocument[] presented;
    private int next;

    @Setup(Level.Trial)
    public void build() {
        List<DocumentAlertEntry> entries = SyntheticWatchlist.documents(documents, BenchCorpus.SEED);
        engine = new ScreeningEngine();
        engine.putAllDocuments(entries);
        SplittableRandom random = new SplittableRandom(3);
        presented = new TravelDocument[10_000];
        for (int i = 0; i < presented.length; i++) {
            DocumentAlertEntry e = entries.get(random.nextInt(entries.size()));
            String number = random.nextBoolean() ? e.number() : e.number().substring(0, 8) + "Q";
            presented[i] = new TravelDocument(e.issuingState(), number.toLowerCase());
        }
        entries = null;
        System.gc();
    }

    @Benchmark
    public List<DocumentHit> check() {
        int i = next++;
        if (next == presented.length) next = 0;
        return engine.checkDocument(presented[i]);
    }
}

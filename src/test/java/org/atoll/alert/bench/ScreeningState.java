package org.atoll.alert.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.atoll.alert.screening.ScreeningEngine;
import org.atoll.alert.screening.ScreeningQuery;
import org.atoll.alert.screening.WatchlistEntry;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * An engine with UN + OFAC + synthetic person alerts ({@code alerts}, default 1,000,000), and a
 * query mix like a booth's: 9 in 10 travellers on no list (shared/testdata/names), 1 in 10 a
 * perturbed name from the UN list. Paths: -Datoll.testdata (default /work/shared/testdata).
 */
@State(Scope.Benchmark)
public class ScreeningState {

    @Param("1000000")
    public int alerts;

    public ScreeningEngine engine;
    public ScreeningQuery[] queries;

    @Setup(Level.Trial)
    public void build() throws Exception {
        Path testdata = Path.of(System.getProperty("atoll.testdata", "/work/shared/testdata"));
        List<WatchlistEntry> corpus = BenchCorpus.corpus(testdata.resolve("watchlists"), alerts);
        engine = new ScreeningEngine();
        engine.putAll(corpus);
        List<ScreeningQuery> noList = QualityEvaluation.noListPeople(testdata.resolve("names/no_list_people_global.csv"));
        List<QualityEvaluation.Query> perturbed = Perturbations.queries(BenchCorpus.un(testdata.resolve("watchlists")),
                new SplittableRandom(BenchCorpus.SEED));
        List<ScreeningQuery> mix = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            mix.add(random.nextInt(10) == 0 ? perturbed.get(random.nextInt(perturbed.size())).query()
                    : noList.get(random.nextInt(noList.size())));
        }
        queries = mix.toArray(ScreeningQuery[]::new);
        System.gc();
    }
}

package org.atoll.alert.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.atoll.alert.screening.DocumentAlertEntry;
import org.atoll.alert.screening.ScreeningEngine;
import org.atoll.alert.screening.WatchlistEntry;

/**
 * Index build time and retained heap: person index at N alerts (default 1,000,000: UN + OFAC +
 * synthetic) and document index at M document alerts (default 5,000,000). Heap is the
 * difference of used heap after full GCs before and after the build, with the input lists
 * dropped, so it counts what the engine retains (including the entries it keeps).
 * Args: {@code [persons] [documents] [watchlists dir]}. Run with -Xmx4g -XX:+UseParallelGC.
 */
public final class IndexBuildMeasurement {

    public static void main(String[] args) throws Exception {
        int persons = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int documents = args.length > 1 ? Integer.parseInt(args[1]) : 5_000_000;
        Path watchlists = args.length > 2 ? Path.of(args[2]) : BenchCorpus.watchlists();

        List<WatchlistEntry> corpus = BenchCorpus.corpus(watchlists, persons);
        long entriesHeap = usedAfterGc();
        ScreeningEngine engine = new ScreeningEngine();
        long t0 = System.nanoTime();
        engine.putAll(corpus);
        long buildNanos = System.nanoTime() - t0;
        corpus = null;
        long withIndex = usedAfterGc();
        System.out.printf(Locale.ROOT, "person index: %s; build %.1f s; retained heap %.0f MB (entries + index; the generated list before the build took %.0f MB incl. JVM baseline)%n",
                engine.describe(), buildNanos / 1e9, (withIndex - baseline) / 1e6, entriesHeap / 1e6);

        long beforeDocs = usedAfterGc();
        List<DocumentAlertEntry> docs = SyntheticWatchlist.documents(documents, BenchCorpus.SEED);
        ScreeningEngine docEngine = new ScreeningEngine();
        t0 = System.nanoTime();
        docEngine.putAllDocuments(docs);
        long docNanos = System.nanoTime() - t0;
        docs = null;
        long afterDocs = usedAfterGc();
        System.out.printf(Locale.ROOT, "document index: %d document alerts; build %.1f s; retained heap %.0f MB%n",
                docEngine.documentAlertCount(), docNanos / 1e9, (afterDocs - beforeDocs) / 1e6);
        System.out.println(engine.personAlertCount() + docEngine.documentAlertCount() > 0 ? "done" : "");
    }

    private static long baseline;

    static {
        baseline = usedAfterGc();
    }

    static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}

package org.atoll.alert.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.atoll.alert.importing.CountryNames;
import org.atoll.alert.screening.Band;
import org.atoll.alert.screening.BirthDateRange;
import org.atoll.alert.screening.Candidate;
import org.atoll.alert.screening.NameNormaliser;
import org.atoll.alert.screening.NameToken;
import org.atoll.alert.screening.PartialDate;
import org.atoll.alert.screening.ScreeningEngine;
import org.atoll.alert.screening.ScreeningQuery;
import org.atoll.alert.screening.ScreeningResult;
import org.atoll.alert.screening.Sex;
import org.atoll.alert.screening.WatchlistEntry;
import org.atoll.alert.screening.WatchlistName;

/**
 * Measures screening quality against the UN and OFAC lists (optionally topped up with synthetic
 * alerts): recall of the true alert in the top 10 for perturbed Latin names (per kind of
 * perturbation) and for the UN list's Arabic and Cyrillic original-script names (indexed
 * without them), the STRONG rate on people on no list, precision and recall at each band, and
 * the same for a brute-force Jaro-Winkler scan of every name.
 *
 * <p>Args: {@code <watchlists dir> <names dir> [corpus size, 0 = lists only] [baseline no-list sample]}.
 */
public final class QualityEvaluation {

    record Query(String kind, ScreeningQuery query, UUID truth) {
    }

    public static void main(String[] args) throws Exception {
        Path watchlists = Path.of(args.length > 0 ? args[0] : "/work/shared/testdata/watchlists");
        Path names = Path.of(args.length > 1 ? args[1] : "/work/shared/testdata/names");
        int corpusSize = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        int baselineSample = args.length > 3 ? Integer.parseInt(args[3]) : 5000;

        List<WatchlistEntry> un = BenchCorpus.un(watchlists);
        List<WatchlistEntry> corpus = BenchCorpus.corpus(watchlists, corpusSize);
        System.out.printf(Locale.ROOT, "corpus: %d entries (UN %d, rest OFAC%s)%n", corpus.size(), un.size(),
                corpusSize > 0 ? " + synthetic" : "");

        ScreeningEngine engine = new ScreeningEngine();
        engine.putAll(corpus);
        ScreeningEngine latinOnly = new ScreeningEngine();
        latinOnly.putAll(corpus.stream().map(QualityEvaluation::withoutOriginalScript).toList());

        List<Query> perturbed = Perturbations.queries(un, new SplittableRandom(BenchCorpus.SEED));
        List<Query> perturbedNameOnly = perturbed.stream()
                .map(q -> new Query(q.kind(), new ScreeningQuery(q.query().names(), null, java.util.Set.of(), Sex.UNKNOWN, List.of()), q.truth()))
                .toList();
        List<Query> script = originalScriptQueries(un, true);
        List<Query> scriptNameOnly = originalScriptQueries(un, false);
        List<ScreeningQuery> global = noListPeople(names.resolve("no_list_people_global.csv"));
        List<ScreeningQuery> us = noListPeople(names.resolve("no_list_people_us.csv"));

        System.out.println("\n## Engine");
        recallByKind("perturbed Latin, with list DOB/nationality", engine, perturbed);
        recallByKind("perturbed Latin, name only", engine, perturbedNameOnly);
        recallByKind("original script (Arabic, Cyrillic), with DOB; index without original-script names", latinOnly, script);
        recallByKind("original script, name only; index without original-script names", latinOnly, scriptNameOnly);
        double strongGlobal = strongRate("no-list global", engine, global);
        double strongUs = strongRate("no-list US", engine, us);
        bands("perturbed Latin (with DOB) + no-list global", engine, perturbed, global);

        System.out.println("\n## Baseline: brute-force Jaro-Winkler over every name (STRONG >= 0.95, POSSIBLE >= 0.88)");
        BruteForceJaroWinkler baseline = new BruteForceJaroWinkler(corpus.stream().map(QualityEvaluation::withoutOriginalScript).toList());
        baselineRecall("perturbed Latin", baseline, perturbed);
        baselineRecall("original script", baseline, scriptNameOnly);
        List<ScreeningQuery> sample = global.subList(0, Math.min(baselineSample, global.size()));
        baselineStrong("no-list global (first " + sample.size() + ")", baseline, sample);
        baselineBands("perturbed Latin + no-list global sample", baseline, perturbed, sample);
        System.out.printf(Locale.ROOT, "%nsummary: STRONG rate no-list global %.4f, US %.4f%n", strongGlobal, strongUs);
    }

    static WatchlistEntry withoutOriginalScript(WatchlistEntry e) {
        List<WatchlistName> latin = e.names().stream().filter(n -> !n.originalScript()).toList();
        if (latin.isEmpty() || latin.size() == e.names().size()) return e;
        return new WatchlistEntry(e.alertId(), e.alertVersion(), e.externalReference(), latin, e.datesOfBirth(), e.nationalities(), e.sex());
    }

    static List<Query> originalScriptQueries(List<WatchlistEntry> un, boolean withDob) {
        List<Query> out = new ArrayList<>();
        for (WatchlistEntry e : un) {
            for (WatchlistName n : e.names()) {
                if (!n.originalScript()) continue;
                boolean cyrillic = n.text().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
                boolean arabic = n.text().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
                if (!cyrillic && !arabic) continue;
                ScreeningQuery.Builder q = ScreeningQuery.forName(n.text());
                if (withDob) {
                    Perturbations.firstDate(e).ifPresent(q::bornOn);
                    e.nationalities().stream().findFirst().ifPresent(q::nationality);
                }
                out.add(new Query(cyrillic ? "Cyrillic" : "Arabic", q.build(), e.alertId()));
            }
        }
        return out;
    }

    public static List<ScreeningQuery> noListPeople(Path file) throws IOException {
        List<ScreeningQuery> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                ScreeningQuery.Builder q = ScreeningQuery.forName(rec.get("full_name"));
                try {
                    q.bornOn(rec.get("date_of_birth"));
                } catch (IllegalArgumentException ignored) {
                    // no usable date: screen by name
                }
                CountryNames.toCode(rec.get("nationality")).ifPresent(q::nationality);
                q.sex(Sex.fromText(rec.get("gender")));
                out.add(q.build());
            }
        }
        return out;
    }

    private static List<ScreeningResult> screenAll(ScreeningEngine engine, List<ScreeningQuery> queries) {
        ScreeningResult[] results = new ScreeningResult[queries.size()];
        IntStream.range(0, queries.size()).parallel().forEach(i -> results[i] = engine.screen(queries.get(i)));
        return List.of(results);
    }

    static void recallByKind(String title, ScreeningEngine engine, List<Query> queries) {
        List<ScreeningResult> results = screenAll(engine, queries.stream().map(Query::query).toList());
        Map<String, int[]> byKind = new LinkedHashMap<>();
        int found = 0;
        for (int i = 0; i < queries.size(); i++) {
            Query q = queries.get(i);
            boolean hit = results.get(i).candidates().stream().anyMatch(c -> c.alertId().equals(q.truth()));
            int[] k = byKind.computeIfAbsent(q.kind(), x -> new int[2]);
            k[1]++;
            if (hit) {
                k[0]++;
                found++;
            }
        }
        System.out.printf(Locale.ROOT, "%s: recall@10 %.4f (%d/%d)%n", title, (double) found / queries.size(), found, queries.size());
        byKind.forEach((kind, k) -> System.out.printf(Locale.ROOT, "    %-22s %.4f (%d/%d)%n", kind, (double) k[0] / k[1], k[0], k[1]));
    }

    static double strongRate(String title, ScreeningEngine engine, List<ScreeningQuery> queries) {
        List<ScreeningResult> results = screenAll(engine, queries);
        long strong = results.stream().filter(ScreeningResult::hasStrongCandidate).count();
        long any = results.stream().filter(r -> !r.candidates().isEmpty()).count();
        System.out.printf(Locale.ROOT, "%s: %d queries, STRONG rate %.4f (%d), any candidate %.4f (%d)%n", title, queries.size(),
                (double) strong / queries.size(), strong, (double) any / queries.size(), any);
        return (double) strong / queries.size();
    }

    static void bands(String title, ScreeningEngine engine, List<Query> withTruth, List<ScreeningQuery> noList) {
        List<ScreeningResult> truthResults = screenAll(engine, withTruth.stream().map(Query::query).toList());
        List<ScreeningResult> noListResults = screenAll(engine, noList);
        System.out.println(title + ":");
        for (Band threshold : new Band[]{Band.STRONG, Band.POSSIBLE}) {
            long tp = 0;
            long returned = 0;
            long found = 0;
            for (int i = 0; i < withTruth.size(); i++) {
                UUID truth = withTruth.get(i).truth();
                boolean hit = false;
                for (Candidate c : truthResults.get(i).candidates()) {
                    if (!atLeast(c.band(), threshold)) continue;
                    returned++;
                    if (c.alertId().equals(truth)) {
                        tp++;
                        hit = true;
                    }
                }
                if (hit) found++;
            }
            long noListReturned = noListResults.stream().flatMap(r -> r.candidates().stream()).filter(c -> atLeast(c.band(), threshold)).count();
            System.out.printf(Locale.ROOT, "    at %-8s recall %.4f  precision %.4f  (true %d of %d candidates returned; %d of them on no-list queries)%n",
                    threshold, (double) found / withTruth.size(), (double) tp / (returned + noListReturned), tp, returned + noListReturned, noListReturned);
        }
    }

    private static boolean atLeast(Band band, Band threshold) {
        return threshold == Band.POSSIBLE || band == Band.STRONG;
    }

    // ---- baseline ----

    static void baselineRecall(String title, BruteForceJaroWinkler baseline, List<Query> queries) {
        AtomicInteger found = new AtomicInteger();
        queries.parallelStream().forEach(q -> {
            if (baseline.top(q.query().names().get(0), 10, 0.88).stream().anyMatch(h -> h.alertId().equals(q.truth()))) {
                found.incrementAndGet();
            }
        });
        System.out.printf(Locale.ROOT, "%s: recall@10 (JW >= 0.88) %.4f (%d/%d)%n", title, (double) found.get() / queries.size(), found.get(), queries.size());
    }

    static void baselineStrong(String title, BruteForceJaroWinkler baseline, List<ScreeningQuery> queries) {
        AtomicInteger strong = new AtomicInteger();
        queries.parallelStream().forEach(q -> {
            if (!baseline.top(q.names().get(0), 1, 0.95).isEmpty()) strong.incrementAndGet();
        });
        System.out.printf(Locale.ROOT, "%s: STRONG (JW >= 0.95) rate %.4f (%d/%d)%n", title, (double) strong.get() / queries.size(), strong.get(), queries.size());
    }

    static void baselineBands(String title, BruteForceJaroWinkler baseline, List<Query> withTruth, List<ScreeningQuery> noList) {
        System.out.println(title + ":");
        for (double threshold : new double[]{0.95, 0.88}) {
            AtomicInteger tp = new AtomicInteger();
            AtomicInteger returned = new AtomicInteger();
            AtomicInteger found = new AtomicInteger();
            withTruth.parallelStream().forEach(q -> {
                List<BruteForceJaroWinkler.Hit> hits = baseline.top(q.query().names().get(0), 10, threshold);
                returned.addAndGet(hits.size());
                if (hits.stream().anyMatch(h -> h.alertId().equals(q.truth()))) {
                    tp.incrementAndGet();
                    found.incrementAndGet();
                }
            });
            AtomicInteger noListReturned = new AtomicInteger();
            noList.parallelStream().forEach(q -> noListReturned.addAndGet(baseline.top(q.names().get(0), 10, threshold).size()));
            int all = returned.get() + noListReturned.get();
            System.out.printf(Locale.ROOT, "    at JW %.2f recall %.4f  precision %.4f  (true %d of %d returned; %d on no-list queries)%n",
                    threshold, (double) found.get() / withTruth.size(), all == 0 ? 0 : (double) tp.get() / all, tp.get(), all, noListReturned.get());
        }
    }

    /** Jaro-Winkler of the whole normalised name against every name of every entry. */
    static final class BruteForceJaroWinkler {
        record Hit(UUID alertId, double score) {
        }

        private final UUID[] ids;
        private final String[] names;

        BruteForceJaroWinkler(List<WatchlistEntry> entries) {
            List<UUID> i = new ArrayList<>();
            List<String> n = new ArrayList<>();
            for (WatchlistEntry e : entries) {
                for (WatchlistName name : e.names()) {
                    i.add(e.alertId());
                    n.add(flat(name.text()));
                }
            }
            ids = i.toArray(UUID[]::new);
            names = n.toArray(String[]::new);
        }

        static String flat(String name) {
            List<String> parts = new ArrayList<>();
            for (NameToken t : NameNormaliser.instance().normalise(name)) parts.add(t.text());
            return String.join(" ", parts);
        }

        List<Hit> top(String queryName, int k, double threshold) {
            String q = flat(queryName);
            Map<UUID, Double> best = new java.util.HashMap<>();
            for (int j = 0; j < names.length; j++) {
                double s = jaroWinkler(q, names[j]);
                if (s >= threshold) best.merge(ids[j], s, Math::max);
            }
            List<Hit> hits = new ArrayList<>();
            best.forEach((id, s) -> hits.add(new Hit(id, s)));
            hits.sort((a, b) -> Double.compare(b.score(), a.score()));
            return hits.size() > k ? hits.subList(0, k) : hits;
        }
    }

    private static final org.apache.commons.text.similarity.JaroWinklerSimilarity JARO_WINKLER =
            new org.apache.commons.text.similarity.JaroWinklerSimilarity();

    /** The baseline's string metric: classic Jaro-Winkler from commons-text. */
    static double jaroWinkler(String a, String b) {
        return a.isEmpty() || b.isEmpty() ? 0 : JARO_WINKLER.apply(a, b);
    }
}

package org.atoll.alert.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.atoll.alert.importing.ListReadResult;
import org.atoll.alert.importing.OfacSdnReader;
import org.atoll.alert.importing.UnConsolidatedListReader;
import org.atoll.alert.screening.WatchlistEntry;

/** Loads the benchmark corpus: the UN and OFAC lists from shared/testdata, plus synthetic persons. */
public final class BenchCorpus {

    static final long SEED = 20260227L;

    private BenchCorpus() {
    }

    static List<WatchlistEntry> un(Path watchlists) throws IOException {
        try (InputStream in = Files.newInputStream(watchlists.resolve("un_consolidated.xml"))) {
            ListReadResult r = new UnConsolidatedListReader().read(in);
            return r.entries();
        }
    }

    static List<WatchlistEntry> ofac(Path watchlists) throws IOException {
        try (Reader sdn = Files.newBufferedReader(watchlists.resolve("ofac_sdn.csv"), StandardCharsets.UTF_8);
             Reader alt = Files.newBufferedReader(watchlists.resolve("ofac_alt.csv"), StandardCharsets.UTF_8)) {
            return new OfacSdnReader().read(sdn, alt).entries();
        }
    }

    /** UN + OFAC, topped up with synthetic persons to {@code total} entries (0: the lists only). */
    static List<WatchlistEntry> corpus(Path watchlists, int total) throws IOException {
        List<WatchlistEntry> all = new ArrayList<>(un(watchlists));
        all.addAll(ofac(watchlists));
        if (total > all.size()) all.addAll(SyntheticWatchlist.persons(total - all.size(), SEED));
        return all;
    }

    /** Where shared/testdata/watchlists is (-Datoll.watchlists), for benchmarks and the tests that read the published lists whole. */
    public static Path watchlists() {
        return Path.of(System.getProperty("atoll.watchlists", "/work/shared/testdata/watchlists"));
    }
}

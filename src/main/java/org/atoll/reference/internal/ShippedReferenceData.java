package org.atoll.reference.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the reference data sets shipped in {@code classpath:reference/*.csv} at start-up. A set is
 * loaded when its version differs from the one recorded; loading only adds rows that are missing
 * (by natural key and valid-from), so administrators' edits survive upgrades and re-runs change nothing.
 * A bad line stops the start with its file and line number: shipped data must be right.
 */
@Component
@Order(5)
class ShippedReferenceData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ShippedReferenceData.class);

    private final ReferenceStore store;
    private final ReferenceDataService cache;
    private final Clock clock;

    ShippedReferenceData(ReferenceStore store, ReferenceDataService cache, Clock clock) {
        this.store = store;
        this.cache = cache;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (ReferenceKind kind : ReferenceKind.values()) {
            load(kind);
        }
        cache.invalidate();
    }

    void load(ReferenceKind kind) {
        String text = read("/reference/" + kind.file());
        String version = text.lines().filter(l -> l.startsWith("# version:")).findFirst()
                .map(l -> l.substring("# version:".length()).trim()).orElse("unversioned");
        String checksum = sha256(text);
        if (store.loadedVersion(kind.slug()).filter(version::equals).isPresent()) {
            return;
        }
        int added = 0;
        try {
            var records = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true).setTrim(true).get().parse(new StringReader(text));
            for (CSVRecord record : records) {
                Map<String, String> raw = new HashMap<>(record.toMap());
                var checked = ReferenceRowRules.check(kind, raw);
                if (!checked.problems().isEmpty()) {
                    throw new IllegalStateException("reference/" + kind.file() + " line " + record.getParser().getCurrentLineNumber()
                            + ": " + checked.problems().get(0).field() + ": " + checked.problems().get(0).message());
                }
                Object key = checked.values().get(kind.naturalKey());
                if (!store.exists(kind, key, (java.time.LocalDate) checked.values().get("valid_from"))) {
                    store.insert(kind, checked.values(), null);
                    added++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        store.markLoaded(kind.slug(), version, checksum, clock.instant());
        log.info("Reference data {} version {} loaded: {} rows added", kind.slug(), version, added);
    }

    private static String read(String path) {
        try (InputStream in = ShippedReferenceData.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing shipped reference data " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.atoll.alert.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.atoll.alert.AlertChanged;
import org.atoll.alert.model.Alert;
import org.atoll.alert.model.AlertContent;
import org.atoll.alert.model.AlertId;
import org.atoll.alert.model.AlertKind;
import org.atoll.alert.model.AlertName;
import org.atoll.alert.model.AlertStatus;
import org.atoll.alert.screening.ScreeningEngine;
import org.atoll.alert.screening.ScreeningQuery;
import org.atoll.alert.screening.ScreeningResult;
import org.atoll.alert.screening.Suppressions;
import org.atoll.alert.screening.TravelDocument;
import org.atoll.alert.screening.DocumentAlertEntry;
import org.atoll.alert.screening.WatchlistEntry;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * This node's screening index: the {@link ScreeningEngine} over the active alerts, with what
 * screening needs to know of each alert (owner, sharing, action, validity, review date) beside it.
 * Built from the database at start, then kept current from the {@code alert_change} feed, polled
 * every second; a change made on this node is applied as soon as its transaction commits. Several
 * nodes sharing one PostgreSQL each follow the feed, so each sees a change within about a second.
 *
 * <p>Identity values become visible out of order when transactions commit out of order, so an id
 * skipped over is remembered as a gap and asked for again for a minute, until it shows up.
 */
@Component
public class AlertIndex implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(AlertIndex.class);
    private static final int BATCH = 2000;
    private static final long GAP_PATIENCE_SECONDS = 60;

    private final AlertRepository alerts;
    private final Clock clock;
    private final ScreeningEngine engine = new ScreeningEngine();
    private final Map<UUID, IndexedAlert> indexed = new ConcurrentHashMap<>();
    private final Map<Long, Instant> gaps = new HashMap<>();
    private long lastSeen;
    private volatile boolean ready;
    private final Timer engineTime;

    AlertIndex(AlertRepository alerts, Clock clock, MeterRegistry meters) {
        this.alerts = alerts;
        this.clock = clock;
        this.engineTime = Timer.builder("atoll.screening.engine")
                .description("Time in the screening engine per screening (retrieval and scoring, no database)")
                .register(meters);
        Gauge.builder("atoll.screening.index.person.alerts", engine, ScreeningEngine::personAlertCount)
                .description("Person alerts in this node's screening index").register(meters);
    }

    @Override
    public void afterSingletonsInstantiated() {
        rebuild();
    }

    /** Loads every active alert. The feed position is read first, so a change made meanwhile is applied again after. */
    synchronized void rebuild() {
        long started = System.nanoTime();
        lastSeen = alerts.lastChangeId();
        gaps.clear();
        List<WatchlistEntry> persons = new ArrayList<>();
        List<DocumentAlertEntry> documents = new ArrayList<>();
        alerts.forEachActive(alert -> {
            IndexedAlert entry = IndexedAlert.of(alert);
            indexed.put(alert.id().value(), entry);
            if (entry.kind() == AlertKind.PERSON) {
                persons.add(watchlistEntry(alert));
            } else {
                documents.add(documentEntry(alert));
            }
        });
        engine.putAll(persons);
        engine.putAllDocuments(documents);
        ready = true;
        log.info("Screening index built in {} ms: {}", (System.nanoTime() - started) / 1_000_000, engine.describe());
    }

    @TransactionalEventListener
    void onLocalChange(AlertChanged changed) {
        poll();
    }

    /** Applies the changes recorded since the last poll, from this node or any other. */
    @Scheduled(fixedDelayString = "${atoll.alert.index-poll-interval:1s}", initialDelayString = "${atoll.alert.index-poll-interval:1s}")
    public synchronized void poll() {
        if (!ready) {
            return;
        }
        Instant now = clock.instant();
        gaps.values().removeIf(firstSeen -> firstSeen.plusSeconds(GAP_PATIENCE_SECONDS).isBefore(now));
        List<AlertRepository.Change> changes = alerts.changesAfter(lastSeen, List.copyOf(gaps.keySet()), BATCH);
        if (changes.isEmpty()) {
            return;
        }
        Set<AlertId> touched = new LinkedHashSet<>();
        for (AlertRepository.Change c : changes) {
            if (c.id() > lastSeen) {
                for (long missing = lastSeen + 1; missing < c.id(); missing++) {
                    gaps.putIfAbsent(missing, now);
                }
                lastSeen = c.id();
            } else {
                gaps.remove(c.id());
            }
            touched.add(c.alertId());
        }
        for (Alert alert : alerts.findAll(List.copyOf(touched))) {
            apply(alert);
        }
    }

    private void apply(Alert alert) {
        IndexedAlert before = indexed.get(alert.id().value());
        if (before != null && before.version() >= alert.version()) {
            return;
        }
        if (before != null) {
            if (before.kind() == AlertKind.PERSON) {
                engine.remove(alert.id().value());
            } else {
                engine.removeDocument(alert.id().value(), before.document());
            }
            indexed.remove(alert.id().value());
        }
        if (alert.status() == AlertStatus.ACTIVE) {
            if (alert.kind() == AlertKind.PERSON) {
                engine.put(watchlistEntry(alert));
            } else {
                engine.putDocument(documentEntry(alert));
            }
            indexed.put(alert.id().value(), IndexedAlert.of(alert));
        } else {
            // keep the version so that an older change arriving late cannot bring the alert back
            indexed.put(alert.id().value(), IndexedAlert.of(alert));
        }
    }

    public ScreeningResult screen(ScreeningQuery query, Suppressions suppressions) {
        long started = System.nanoTime();
        try {
            return engine.screen(query, suppressions);
        } finally {
            engineTime.record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    public Optional<IndexedAlert> alert(UUID id) {
        return Optional.ofNullable(indexed.get(id));
    }

    public String describe() {
        return engine.describe();
    }

    public int personAlertCount() {
        return engine.personAlertCount();
    }

    static WatchlistEntry watchlistEntry(Alert alert) {
        AlertContent c = alert.content();
        var person = c.person();
        return new WatchlistEntry(alert.id().value(), alert.version(), c.externalReference(),
                person.names().stream().map(AlertName::toWatchlistName).toList(), person.datesOfBirth(),
                Set.copyOf(person.nationalities()), person.sex());
    }

    static DocumentAlertEntry documentEntry(Alert alert) {
        var d = alert.content().document();
        return new DocumentAlertEntry(alert.id().value(), alert.version(), d.issuingState(), d.number(), d.reason().screeningType());
    }

    /**
     * What the index keeps of an alert: its version (so that an older change arriving late cannot
     * bring it back), kind, status and, for a document alert, the document to take out of the index.
     * No contents: screening reads the few alerts it finds from the database.
     */
    public record IndexedAlert(UUID id, long version, AlertKind kind, AlertStatus status, TravelDocument document) {

        static IndexedAlert of(Alert alert) {
            return new IndexedAlert(alert.id().value(), alert.version(), alert.kind(), alert.status(),
                    alert.kind() == AlertKind.DOCUMENT && alert.content().document() != null
                            ? alert.content().document().travelDocument() : null);
        }
    }
}

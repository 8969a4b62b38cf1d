package org.atoll.statistics.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.atoll.audit.AuditActor;
import org.atoll.audit.AuditEvent;
import org.atoll.audit.AuditTrail;
import org.atoll.movement.Movement;
import org.atoll.movement.MovementRecorded;
import org.atoll.movement.Movements;
import org.atoll.statistics.CrossingQuery;
import org.atoll.statistics.CrossingStatistics;
import org.atoll.statistics.CrossingTable;
import org.atoll.statistics.domain.CrossingFact;
import org.atoll.statistics.domain.SmallCountRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the statistics' table of crossings in step with the movement record and counts over it. Each
 * {@link MovementRecorded} adds its crossing once (keyed by the movement's id, so a re-delivered event changes
 * nothing). At start, an empty table is filled from the movement record, so that crossings recorded before
 * this module existed are counted; an administrator may rebuild it at any time.
 */
@Service
class StatisticsService implements CrossingStatistics {

    static final String AUDIT_TYPE = "STATISTICS";
    private static final Logger log = LoggerFactory.getLogger(StatisticsService.class);
    private static final int PAGE = 500;

    private final CrossingFacts facts;
    private final Movements movements;
    private final AuditTrail audit;
    private final ZoneId zone;
    private final SmallCountRule rule;

    StatisticsService(CrossingFacts facts, Movements movements, AuditTrail audit, Clock clock,
                      @Value("${atoll.statistics.smallest-published-count:3}") int smallestPublishedCount) {
        this.facts = facts;
        this.movements = movements;
        this.audit = audit;
        this.zone = clock.getZone();
        this.rule = new SmallCountRule(smallestPublishedCount);
    }

    @ApplicationModuleListener
    void onMovementRecorded(MovementRecorded recorded) {
        count(recorded.movement());
    }

    /** Counts one crossing; counting the same movement again changes nothing. */
    boolean count(Movement movement) {
        return CrossingFact.of(movement, zone).map(facts::keep).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public CrossingTable crossings(CrossingQuery query) {
        List<CrossingTable.Row> rows = facts.tally(query).stream()
                .map(t -> new CrossingTable.Row(t.values(), rule.publish(t.arrivals()), rule.publish(t.departures())))
                .toList();
        return new CrossingTable(query.from(), query.to(), query.groupBy(), rows, rule.smallestPublished());
    }

    @Override
    @Transactional
    public int rebuild() {
        int counted = refill();
        audit.record(AuditEvent.succeeded("STATISTICS_REBUILT", AUDIT_TYPE, "crossings")
                .withDetails(counted + " crossings counted from the movement record"));
        return counted;
    }

    /** Fills an empty table at start (a first start with this module, or after the table was emptied). */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void fillWhenEmpty() {
        if (!facts.isEmpty() || movements.inIdOrderAfter(Optional.empty(), 1).isEmpty()) {
            return;
        }
        int counted = refill();
        log.info("Statistics: {} crossings counted from the movement record", counted);
        audit.record(AuditActor.SYSTEM, AuditEvent.succeeded("STATISTICS_REBUILT", AUDIT_TYPE, "crossings")
                .withDetails(counted + " crossings counted from the movement record at start"));
    }

    private int refill() {
        facts.forgetAll();
        Optional<UUID> after = Optional.empty();
        for (List<Movement> page = movements.inIdOrderAfter(after, PAGE); !page.isEmpty();
             page = movements.inIdOrderAfter(after, PAGE)) {
            page.forEach(this::count);
            after = Optional.of(page.get(page.size() - 1).movementId());
        }
        return facts.count();
    }

    @Override
    public int smallestPublishedCount() {
        return rule.smallestPublished();
    }
}

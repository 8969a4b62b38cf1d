package org.atoll.movement.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.atoll.ConcurrentEditException;
import org.atoll.InvalidRequestException;
import org.atoll.RecordNotFoundException;
import org.atoll.audit.AuditEvent;
import org.atoll.audit.AuditTrail;
import org.atoll.movement.CrossingToRecord;
import org.atoll.movement.Direction;
import org.atoll.movement.Movement;
import org.atoll.movement.MovementRecorded;
import org.atoll.movement.Movements;
import org.atoll.movement.Stay;
import org.atoll.movement.TravellerDocument;
import org.atoll.movement.domain.DatedCrossing;
import org.atoll.movement.domain.Overstay;
import org.atoll.movement.domain.StayDerivation;
import org.atoll.movement.domain.StayPeriod;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The movement record: records crossings (once per source), keeps stays in step with entries and
 * exits, and moves permitted dates. Crossing dates are the border's local days, in the application
 * clock's zone ({@code atoll.time-zone}, Palau by default).
 */
@Service
public class MovementRecord implements Movements {

    static final String AUDIT_TYPE = "STAY";
    private static final int ATTEMPTS = 3;

    private final TravellerRepository travellers;
    private final MovementRepository movements;
    private final StayRepository stays;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;
    private final TransactionTemplate savepoint;

    MovementRecord(TravellerRepository travellers, MovementRepository movements, StayRepository stays, AuditTrail audit,
                   ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.travellers = travellers;
        this.movements = movements;
        this.stays = stays;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.zone = clock.getZone();
        // NESTED: a savepoint inside the caller's transaction (an inspection's decision), a transaction of
        // its own otherwise; a lost race on the unique source rolls back to it and leaves the caller usable
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** The border's local day of an instant. */
    public LocalDate localDay(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** Today at the border, by the injected clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public Movement record(CrossingToRecord crossing) {
        for (int attempt = 1; ; attempt++) {
            Optional<Movement> recorded = movements.findBySource(crossing.source());
            if (recorded.isPresent()) {
                return recorded.get();
            }
            try {
                return savepoint.execute(status -> write(crossing));
            } catch (DuplicateKeyException raced) {
                // another call recorded the same source, or created the same traveller or document, meanwhile
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    private Movement write(CrossingToRecord c) {
        Instant now = clock.instant();
        LocalDate day = localDay(c.crossedAt());
        TravellerDocument document = c.traveller();
        UUID traveller = travellers.find(document).orElseGet(() -> travellers.insert(document, now));
        travellers.lock(traveller);
        travellers.attachDocument(traveller, document, now);
        Optional<Movement> meanwhile = movements.findBySource(c.source());
        if (meanwhile.isPresent()) {
            return meanwhile.get();
        }
        UUID id = UUID.randomUUID();
        UUID stayId = null;
        int daysOver = 0;
        boolean withoutEntry = false;
        if (c.direction() == Direction.ENTRY && admitted(c.decision())) {
            for (StayRepository.StoredStay open : stays.allOpenOf(traveller)) {
                closeUnrecordedExit(open, day);
            }
            stayId = UUID.randomUUID();
            stays.open(stayId, traveller, id, day, document.nationality().value(), c.permitType(), c.permittedUntil());
        } else if (c.direction() == Direction.EXIT && !refused(c.decision())) {
            Optional<StayRepository.StoredStay> open = stays.openOf(traveller);
            if (open.isPresent()) {
                Stay stay = open.get().stay();
                LocalDate departed = day.isBefore(stay.entered()) ? stay.entered() : day;
                daysOver = Overstay.daysOver(stay.permittedUntil(), departed);
                stayId = stay.stayId();
                stays.close(stayId, Optional.of(id), departed, daysOver, false);
            } else {
                withoutEntry = true;
            }
        }
        movements.insert(id, traveller, c, day, daysOver, withoutEntry, stayId, now);
        Movement movement = movements.findBySource(c.source()).orElseThrow();
        events.publishEvent(new MovementRecorded(movement));
        return movement;
    }

    /** An entry while a stay is open: its exit was never recorded; the stay ends the day before this entry. */
    private void closeUnrecordedExit(StayRepository.StoredStay open, LocalDate entryDay) {
        Stay stay = open.stay();
        LocalDate departed = StayDerivation.inferredExit(StayPeriod.open(stay.entered()), DatedCrossing.entry(entryDay));
        stays.close(stay.stayId(), Optional.empty(), departed, Overstay.daysOver(stay.permittedUntil(), departed), true);
    }

    static boolean admitted(String decision) {
        return decision.strip().toUpperCase(Locale.ROOT).startsWith("ADMIT");
    }

    static boolean refused(String decision) {
        return decision.strip().toUpperCase(Locale.ROOT).startsWith("REFUS");
    }

    @Override
    public List<Movement> history(TravellerDocument traveller, int limit) {
        if (limit < 1) {
            return List.of();
        }
        return travellers.find(traveller).map(id -> movements.ofTraveller(id, limit)).orElse(List.of());
    }

    @Override
    public List<Movement> inIdOrderAfter(Optional<UUID> afterMovementId, int limit) {
        return limit < 1 ? List.of() : movements.inIdOrderAfter(afterMovementId, limit);
    }

    @Override
    public Optional<Stay> openStay(TravellerDocument traveller) {
        return travellers.find(traveller).flatMap(stays::openOf).map(StayRepository.StoredStay::stay);
    }

    @Override
    @Transactional
    public Stay changePermittedUntil(UUID travellerId, LocalDate permittedUntil, String reason, String officer) {
        if (permittedUntil == null) {
            throw InvalidRequestException.field("permittedUntil", "Required: the new last day of the stay");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidRequestException.field("reason", "Required: why the permitted date changes");
        }
        UUID traveller = travellers.survivor(travellerId);
        StayRepository.StoredStay open = stays.openOf(traveller)
                .orElseThrow(() -> new RecordNotFoundException("open stay", travellerId.toString()));
        Stay stay = open.stay();
        if (permittedUntil.isBefore(stay.entered())) {
            throw InvalidRequestException.field("permittedUntil", "The permitted date cannot be before the entry (" + stay.entered() + ")");
        }
        if (!stays.changePermittedUntil(stay.stayId(), open.version(), permittedUntil)) {
            throw new ConcurrentEditException("stay", stay.stayId().toString(), open.version() + 1);
        }
        stays.recordPermitChange(stay.stayId(), stay.permittedUntil(), permittedUntil, reason.strip(), officer, clock.instant());
        audit.record(AuditEvent.succeeded("STAY_PERMIT_CHANGED", AUDIT_TYPE, stay.stayId().toString())
                .withDetails(stay.permittedUntil().map(LocalDate::toString).orElse("none") + " -> " + permittedUntil
                        + " by " + officer + ": " + reason.strip()));
        return new Stay(stay.stayId(), stay.travellerId(), stay.entered(), stay.departed(), stay.permitType(),
                Optional.of(permittedUntil));
    }
}

package org.atoll.movement.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.atoll.ConcurrentEditException;
import org.atoll.InvalidRequestException;
import org.atoll.RecordNotFoundException;
import org.atoll.audit.AuditEvent;
import org.atoll.audit.AuditTrail;
import org.atoll.movement.Stay;
import org.atoll.movement.domain.DatedCrossing;
import org.atoll.movement.domain.Overstay;
import org.atoll.movement.domain.RollingWindow;
import org.atoll.movement.domain.StayDerivation;
import org.atoll.movement.domain.StayPeriod;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A traveller as officers see them: their documents, stays and movements; finding them by
 * document; merging two records of one person (explicit, by a supervisor, audited); and the
 * rolling-window stay calculator.
 */
@Service
public class TravellerRecords {

    static final String AUDIT_TYPE = "TRAVELLER";
    static final int MOVEMENTS_SHOWN = 200;

    /** Everything the record holds on one person. */
    public record TravellerFile(TravellerRepository.TravellerRow traveller, List<TravellerRepository.DocumentRow> documents,
                                List<StayRepository.StoredStay> stays, List<MovementRepository.StoredMovement> movements,
                                List<StayRepository.PermitChange> permitChanges, LocalDate today) {

        public Optional<StayRepository.StoredStay> openStay() {
            return stays.stream().filter(s -> s.stay().open()).findFirst();
        }

        /** Days over the permitted date today, for an open stay; 0 otherwise. */
        public int daysOverToday() {
            return openStay().map(s -> Overstay.daysOver(s.stay().permittedUntil(), today)).orElse(0);
        }
    }

    /** The result of a stay calculation. */
    public record Calculation(RollingWindow rule, RollingWindow.Usage usage, List<StayPeriod> stays) {

        public LocalDate windowStart() {
            return rule.windowStart(usage.on());
        }
    }

    private final TravellerRepository travellers;
    private final StayRepository stays;
    private final MovementRepository movements;
    private final MovementRecord record;
    private final AuditTrail audit;

    TravellerRecords(TravellerRepository travellers, StayRepository stays, MovementRepository movements, MovementRecord record,
                     AuditTrail audit) {
        this.travellers = travellers;
        this.stays = stays;
        this.movements = movements;
        this.record = record;
        this.audit = audit;
    }

    /** The traveller's file (a merged-away id leads to the survivor); audited. */
    public TravellerFile file(UUID travellerId) {
        UUID id = travellers.survivor(travellerId);
        TravellerRepository.TravellerRow row = travellers.findById(id).orElseThrow(() -> {
            audit.record(AuditEvent.failed("TRAVELLER_READ", AUDIT_TYPE, travellerId.toString()));
            return new RecordNotFoundException("traveller", travellerId.toString());
        });
        audit.record(AuditEvent.succeeded("TRAVELLER_READ", AUDIT_TYPE, id.toString()));
        return new TravellerFile(row, travellers.documents(id), stays.ofTraveller(id),
                movements.storedOfTraveller(id, MOVEMENTS_SHOWN), stays.permitChanges(id), record.today());
    }

    /** Travellers holding a document of that number and/or of that nationality or surname; audited. */
    public List<TravellerFile> search(Optional<String> documentNumber, Optional<String> nationality, Optional<String> surname) {
        if (documentNumber.isEmpty() && surname.isEmpty()) {
            throw InvalidRequestException.field("documentNumber", "Give a document number or a surname to look for");
        }
        List<UUID> ids = travellers.search(documentNumber, nationality, surname, 50);
        audit.record(AuditEvent.succeeded("TRAVELLER_SEARCH", AUDIT_TYPE, documentNumber.orElse(surname.orElse("")))
                .withDetails(nationality.map(n -> "nationality " + n + ", ").orElse("") + ids.size() + " found"));
        LocalDate today = record.today();
        return ids.stream().map(id -> new TravellerFile(travellers.findById(id).orElseThrow(), travellers.documents(id),
                stays.ofTraveller(id), List.of(), List.of(), today)).toList();
    }

    /**
     * Merges the other traveller into this one: their documents, movements and stays become this
     * traveller's. Two stays left open end the earlier the day before the later began.
     *
     * @param expectedVersion the version of this traveller as the supervisor read it, when given
     */
    @Transactional
    public TravellerFile merge(UUID travellerId, UUID otherTravellerId, String reason, Optional<Long> expectedVersion) {
        if (otherTravellerId == null) {
            throw InvalidRequestException.field("otherTravellerId", "Required: the traveller record to merge into this one");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidRequestException.field("reason", "Required: why these records are one person");
        }
        TravellerRepository.TravellerRow survivor = travellers.findById(travellerId)
                .orElseThrow(() -> new RecordNotFoundException("traveller", travellerId.toString()));
        if (survivor.mergedInto().isPresent()) {
            throw InvalidRequestException.field("travellerId", "This record was merged into " + survivor.mergedInto().get()
                    + "; merge into that one");
        }
        TravellerRepository.TravellerRow other = travellers.findById(otherTravellerId)
                .orElseThrow(() -> InvalidRequestException.field("otherTravellerId", "No traveller " + otherTravellerId));
        if (other.id().equals(survivor.id())) {
            throw InvalidRequestException.field("otherTravellerId", "A traveller cannot be merged with themselves");
        }
        if (other.mergedInto().isPresent()) {
            throw InvalidRequestException.field("otherTravellerId", "Already merged into " + other.mergedInto().get());
        }
        long version = expectedVersion.orElse(survivor.version());
        if (!travellers.merge(survivor.id(), version, other.id(), reason.strip())) {
            long current = travellers.findById(survivor.id()).map(TravellerRepository.TravellerRow::version).orElse(version);
            throw new ConcurrentEditException("traveller", survivor.id().toString(), current);
        }
        List<StayRepository.StoredStay> open = stays.allOpenOf(survivor.id());
        for (int i = 0; i + 1 < open.size(); i++) {
            Stay earlier = open.get(i).stay();
            LocalDate departed = StayDerivation.inferredExit(StayPeriod.open(earlier.entered()),
                    DatedCrossing.entry(open.get(i + 1).stay().entered()));
            stays.close(earlier.stayId(), Optional.empty(), departed, Overstay.daysOver(earlier.permittedUntil(), departed), true);
        }
        audit.record(AuditEvent.succeeded("TRAVELLER_MERGED", AUDIT_TYPE, survivor.id().toString())
                .withDetails("merged " + other.id() + " (" + other.surname() + ", " + other.givenNames() + ", "
                        + other.nationality() + "): " + reason.strip()));
        return file(survivor.id());
    }

    /** The rolling-window standing of a recorded traveller on a day; audited as a read of their stays. */
    public Calculation calculate(UUID travellerId, RollingWindow rule, LocalDate on) {
        UUID id = travellers.survivor(travellerId);
        if (travellers.findById(id).isEmpty()) {
            throw InvalidRequestException.field("travellerId", "No traveller " + travellerId);
        }
        List<StayPeriod> periods = stays.ofTraveller(id).stream()
                .map(s -> new StayPeriod(s.stay().entered(), s.stay().departed()))
                .sorted(Comparator.comparing(StayPeriod::entered)).toList();
        audit.record(AuditEvent.succeeded("STAY_CALCULATED", AUDIT_TYPE, id.toString())
                .withDetails(rule.limitDays() + " in " + rule.windowDays() + " on " + on));
        return new Calculation(rule, rule.on(periods, on), periods);
    }

    /** The rolling-window standing for stays given by hand (from entries and exits). */
    public Calculation calculate(List<DatedCrossing> crossings, List<StayPeriod> givenStays, RollingWindow rule, LocalDate on) {
        List<StayPeriod> periods = new java.util.ArrayList<>(givenStays);
        periods.addAll(StayDerivation.fromCrossings(crossings).stays());
        periods.sort(Comparator.comparing(StayPeriod::entered));
        return new Calculation(rule, rule.on(periods, on), List.copyOf(periods));
    }

    public LocalDate today() {
        return record.today();
    }
}

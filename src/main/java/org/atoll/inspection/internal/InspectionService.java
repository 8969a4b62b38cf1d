package org.atoll.inspection.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

import org.atoll.InvalidRequestException;
import org.atoll.RecordNotFoundException;
import org.atoll.access.CurrentOfficer;
import org.atoll.access.OfficerIdentity;
import org.atoll.alert.AlertScreening;
import org.atoll.alert.AlertScreeningResult;
import org.atoll.alert.Screener;
import org.atoll.alert.TravellerToScreen;
import org.atoll.audit.AuditEvent;
import org.atoll.audit.AuditTrail;
import org.atoll.document.DocumentNumber;
import org.atoll.document.MachineReadableZones;
import org.atoll.document.MrzError;
import org.atoll.document.MrzField;
import org.atoll.document.MrzReading;
import org.atoll.document.MrzSyntaxException;
import org.atoll.document.MrzWarning;
import org.atoll.document.PartialDate;
import org.atoll.document.PersonName;
import org.atoll.document.Sex;
import org.atoll.inspection.domain.InspectionConflictException;
import org.atoll.inspection.domain.InspectionStatus;
import org.atoll.inspection.domain.PrimaryFacts;
import org.atoll.inspection.domain.PrimaryInspectionPolicy;
import org.atoll.inspection.domain.Proposal;
import org.atoll.inspection.domain.ProposalOutcome;
import org.atoll.inspection.domain.Reason;
import org.atoll.inspection.domain.RefusalGrounds;
import org.atoll.inspection.internal.InspectionViews.BoothContext;
import org.atoll.inspection.internal.InspectionViews.CheckView;
import org.atoll.inspection.internal.InspectionViews.DecisionView;
import org.atoll.inspection.internal.InspectionViews.DocumentView;
import org.atoll.inspection.internal.InspectionViews.EligibilityView;
import org.atoll.inspection.internal.InspectionViews.HitView;
import org.atoll.inspection.internal.InspectionViews.InspectionSummary;
import org.atoll.inspection.internal.InspectionViews.InspectionView;
import org.atoll.inspection.internal.InspectionViews.ManifestView;
import org.atoll.inspection.internal.InspectionViews.MovementView;
import org.atoll.inspection.internal.InspectionViews.ProposalView;
import org.atoll.inspection.internal.InspectionViews.ReasonView;
import org.atoll.inspection.internal.InspectionViews.SecondaryView;
import org.atoll.inspection.internal.InspectionViews.StayView;
import org.atoll.inspection.internal.InspectionViews.VisaView;
import org.atoll.manifest.ManifestLookup;
import org.atoll.movement.CrossingToRecord;
import org.atoll.movement.Direction;
import org.atoll.movement.Movement;
import org.atoll.movement.Movements;
import org.atoll.movement.Stay;
import org.atoll.movement.TransportMode;
import org.atoll.movement.TravellerDocument;
import org.atoll.movement.TravellerRole;
import org.atoll.reference.CountryCode;
import org.atoll.reference.PortCode;
import org.atoll.reference.ReferenceData;
import org.atoll.regulation.EligibilityDecision;
import org.atoll.regulation.EligibilityRequest;
import org.atoll.regulation.NoRegulationInForceException;
import org.atoll.regulation.Provision;
import org.atoll.regulation.Purpose;
import org.atoll.regulation.RegulationSet;
import org.atoll.regulation.TravelDocument;
import org.atoll.regulation.TravellerStatus;
import org.atoll.visa.VisaNumber;
import org.atoll.visa.VisaRecord;
import org.atoll.visa.Visas;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The booth and secondary inspection: one call gathers everything the officer needs and proposes;
 * decisions are recorded once (a repeated identical decision returns the first), crossings go to
 * the movement record, visa entries to the visa register, and every read and decision is audited.
 */
@Service
public class InspectionService {

    public static final String RECORD_TYPE = "INSPECTION";

    private final MachineReadableZones zones;
    private final AlertScreening screening;
    private final org.atoll.regulation.Regulations regulations;
    private final Visas visas;
    private final ManifestLookup manifests;
    private final Movements movements;
    private final ReferenceData reference;
    private final CurrentOfficer current;
    private final AuditTrail audit;
    private final PrimaryInspectionPolicy policy;
    private final InspectionRepository repository;
    private final InspectionProperties properties;
    private final JsonMapper json;
    private final Clock clock;
    /** Decisions commit before they are audited: the audit trail takes a connection of its own. */
    private final org.springframework.transaction.support.TransactionTemplate transactions;

    InspectionService(MachineReadableZones zones, AlertScreening screening, org.atoll.regulation.Regulations regulations,
                      Visas visas, ManifestLookup manifests, Movements movements, ReferenceData reference,
                      CurrentOfficer current, AuditTrail audit, PrimaryInspectionPolicy policy,
                      InspectionRepository repository, InspectionProperties properties, JsonMapper json, Clock clock,
                      org.springframework.transaction.PlatformTransactionManager transactionManager) {
        this.zones = zones;
        this.screening = screening;
        this.regulations = regulations;
        this.visas = visas;
        this.manifests = manifests;
        this.movements = movements;
        this.reference = reference;
        this.current = current;
        this.audit = audit;
        this.policy = policy;
        this.repository = repository;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
    }

    public InspectionProperties properties() {
        return properties;
    }

    /** What the booth sends: the port and booth, the direction, the zone as scanned, and what the traveller says. */
    public record BoothRequest(String port, String booth, String direction, String mrz, String purpose, Integer intendedStayDays,
                               String mode, String role, boolean enteredByHand, List<String> declaredStatuses) {

        public BoothRequest {
            declaredStatuses = declaredStatuses == null ? List.of() : declaredStatuses;
        }

        public BoothRequest(String port, String booth, String direction, String mrz, String purpose, Integer intendedStayDays,
                            String mode, String role, boolean enteredByHand) {
            this(port, booth, direction, mrz, purpose, intendedStayDays, mode, role, enteredByHand, List.of());
        }
    }

    /** A zone that cannot be inspected: what is wrong, by line and position, for the booth to show. */
    public static class UnreadableMrzException extends InvalidRequestException {
        public UnreadableMrzException(List<FieldProblem> problems) {
            super("The machine readable zone cannot be read", problems);
        }
    }

    // --- primary inspection -------------------------------------------------------------------------

    /**
     * Not one transaction on purpose: screening, the movement record, the manifest and the visa
     * register each read in their own, and the inspection is one insert. Holding a connection
     * across all of them while the audit trail takes a second one of its own would starve the
     * pool when many booths are busy.
     */
    public InspectionView inspect(BoothRequest request) {
        OfficerIdentity officer = current.require();
        LocalDate today = LocalDate.now(clock);
        Instant now = Instant.now(clock);
        List<InvalidRequestException.FieldProblem> problems = new ArrayList<>();
        PortCode port = null;
        if (request.port() == null || request.port().isBlank()) {
            problems.add(new InvalidRequestException.FieldProblem("port", "Required: the port's UN/LOCODE, e.g. PWROR"));
        } else {
            try {
                port = PortCode.of(request.port());
                if (reference.port(port, today).isEmpty()) {
                    problems.add(new InvalidRequestException.FieldProblem("port", "Not a port of entry in the reference data: " + port));
                }
            } catch (IllegalArgumentException e) {
                problems.add(new InvalidRequestException.FieldProblem("port", e.getMessage()));
            }
        }
        Direction direction = parse(Direction.class, request.direction(), "direction", "ENTRY or EXIT", problems);
        TransportMode mode = parse(TransportMode.class, request.mode(), "mode", "AIR or SEA", problems);
        TravellerRole role = parse(TravellerRole.class, request.role() == null ? "PASSENGER" : request.role(), "role",
                "PASSENGER or CREW", problems);
        if (role == TravellerRole.TRANSIT) {
            problems.add(new InvalidRequestException.FieldProblem("role", "PASSENGER or CREW (a transit passenger gives purpose TRANSIT)"));
        }
        Purpose purpose = null;
        if (request.purpose() != null && !request.purpose().isBlank()) {
            purpose = parse(Purpose.class, request.purpose(), "purpose", "one of " + List.of(Purpose.values()), problems);
        }
        if (request.intendedStayDays() != null && (request.intendedStayDays() < 1 || request.intendedStayDays() > 3660)) {
            problems.add(new InvalidRequestException.FieldProblem("intendedStayDays", "Between 1 and 3660 days"));
        }
        if (request.booth() != null && request.booth().length() > 40) {
            problems.add(new InvalidRequestException.FieldProblem("booth", "At most 40 characters"));
        }
        java.util.Set<TravellerStatus> declared = java.util.EnumSet.noneOf(TravellerStatus.class);
        for (int i = 0; i < request.declaredStatuses().size(); i++) {
            TravellerStatus status = parse(TravellerStatus.class, request.declaredStatuses().get(i), "declaredStatuses[" + i + "]",
                    "one of " + List.of(TravellerStatus.values()), problems);
            if (status != null) {
                declared.add(status);
            }
        }
        MrzReading reading = read(request.mrz(), today, problems);
        if (!problems.isEmpty()) {
            throw problems.stream().anyMatch(p -> p.field().startsWith("mrz")) ? new UnreadableMrzException(problems)
                    : new InvalidRequestException("The inspection request has problems", problems);
        }
        if (role == TravellerRole.CREW) {
            purpose = Purpose.CREW;
        } else if (purpose == null) {
            purpose = Purpose.TOURISM;
        }
        if (purpose == Purpose.TRANSIT) {
            role = TravellerRole.TRANSIT;
        }
        int stayDays = request.intendedStayDays() == null ? properties.defaultStayDays() : request.intendedStayDays();

        TravellerDocument traveller = traveller(reading);
        // 1. screening: persons and documents
        AlertScreeningResult hits = screening.screen(new TravellerToScreen(traveller.name().surname(),
                traveller.name().givenNames(), List.of(), reading.dateOfBirth(), Optional.of(traveller.nationality()),
                traveller.sex(), List.of(new TravellerToScreen.PresentedDocument(traveller.issuingState(),
                traveller.documentNumber()))), Screener.officer(officer));
        List<HitView> hitViews = new ArrayList<>();
        List<PrimaryFacts.HitFact> hitFacts = new ArrayList<>();
        for (AlertScreeningResult.PersonAlertHit h : hits.personHits()) {
            hitViews.add(new HitView(h.hitId(), "PERSON", h.band(), h.score(), h.actionOnHit(), h.contact(), h.explanation(),
                    h.category().orElse(null), h.owningAgency().orElse(null), null));
            hitFacts.add(new PrimaryFacts.HitFact(h.hitId(), PrimaryFacts.HitKind.PERSON, h.band(), h.actionOnHit(), h.explanation()));
        }
        for (AlertScreeningResult.DocumentAlertHit h : hits.documentHits()) {
            hitViews.add(new HitView(h.hitId(), "DOCUMENT", null, null, h.actionOnHit(), h.contact(), null,
                    h.type().orElse(null), h.owningAgency().orElse(null), h.documentKey()));
            hitFacts.add(new PrimaryFacts.HitFact(h.hitId(), PrimaryFacts.HitKind.DOCUMENT, "", h.actionOnHit(), ""));
        }

        // 2. movements: history, and the open stay on exit
        List<MovementView> previous = movements.history(traveller, properties.previousMovements()).stream()
                .map(InspectionService::movementView).toList();
        Optional<Stay> openStay = direction == Direction.EXIT ? movements.openStay(traveller) : Optional.empty();

        // 3. manifest
        PrimaryFacts.ManifestFact manifest = manifest(traveller, port, today, role);

        // 4. visa and eligibility, on entry
        Optional<VisaRecord> visa = Optional.empty();
        Optional<String> visaUnusable = Optional.empty();
        Optional<EligibilityDecision> eligibility = Optional.empty();
        if (direction == Direction.ENTRY) {
            List<VisaRecord> held = visas.forPassport(traveller.nationality(), traveller.documentNumber());
            visa = held.stream().filter(v -> v.usableOn(today)).findFirst();
            // A revoked visa is a finding for the officer; an expired or used-up one only leaves the traveller without a visa.
            if (visa.isEmpty() && !held.isEmpty() && held.get(0).revoked()) {
                visaUnusable = held.get(0).unusableOn(today);
            }
            eligibility = eligibility(traveller, reading, purpose, stayDays, today, visa, declared);
        }
        Optional<PrimaryFacts.VisaFact> visaFact = visa.map(v -> new PrimaryFacts.VisaFact(v.number().value(), v.type().value(),
                v.conditions(), Optional.empty()));
        if (visaFact.isEmpty() && visaUnusable.isPresent()) {
            VisaRecord newest = visas.forPassport(traveller.nationality(), traveller.documentNumber()).get(0);
            visaFact = Optional.of(new PrimaryFacts.VisaFact(newest.number().value(), newest.type().value(), newest.conditions(),
                    visaUnusable));
        }

        PrimaryFacts.DocumentVerdict verdict = new PrimaryFacts.DocumentVerdict(reading.valid(), reading.codesKnown(),
                reading.expiryStatus(), problemsOf(reading));
        Proposal proposal = policy.propose(new PrimaryFacts(direction, role, verdict, hitFacts, eligibility, visaFact, manifest,
                openStay.map(s -> new PrimaryFacts.StayFact(s.permitType(), s.permittedUntil())), today));

        LocalDate visaValidUntil = visa.map(VisaRecord::validUntil).orElse(null);
        BoothContext context = new BoothContext(documentView(reading, request.enteredByHand()), hitViews,
                eligibility.map(InspectionService::eligibilityView).orElse(null),
                visaFact.map(v -> new VisaView(v.number(), v.type(),
                        visaValidUntil, v.conditions(), v.unusable().orElse(null))).orElse(null),
                new ManifestView(manifest.status().name(), manifest.differences(), manifest.carrier().orElse(null),
                        manifest.flightOrVessel().orElse(null)),
                previous, openStay.map(s -> new StayView(s.entered(), s.permitType().orElse(null), s.permittedUntil().orElse(null)))
                        .orElse(null),
                proposalView(proposal));
        UUID id = UUID.randomUUID();
        InspectionRow row = new InspectionRow(id, port.value(), blankToNull(request.booth()), direction.name(), mode.name(),
                role.name(), purpose.name(), request.intendedStayDays(), request.enteredByHand(), traveller.issuingState().value(),
                traveller.documentNumber().value(), traveller.documentCode(), traveller.documentExpiry().orElse(null),
                traveller.name().surname(), traveller.name().givenNames(), traveller.nationality().value(),
                reading.dateOfBirth().map(Object::toString).orElse(null), traveller.sex().map(Enum::name).orElse(null),
                json.writeValueAsString(context), proposal.outcome().name(),
                proposal.reasons().stream().map(r -> r.code().name()).distinct().toList(), proposal.permitType().orElse(null),
                proposal.permittedUntil().orElse(null), visa.map(v -> v.number().value()).orElse(null),
                manifest.carrier().orElse(null), manifest.flightOrVessel().orElse(null), InspectionStatus.AWAITING_DECISION.name(),
                officer.username(), now, null, null, null, null, null, List.of(), false, null, false, false, null, null, null,
                null, null, List.of(), null, null, null, null, null, null, 0);
        repository.insert(row);
        audit.record(AuditEvent.succeeded("INSPECTION_STARTED", RECORD_TYPE, id.toString())
                .withDetails(direction + " at " + port + (row.booth() == null ? "" : " booth " + row.booth()) + ": proposal "
                        + proposal.outcome() + (proposal.reasons().isEmpty() ? "" : " " + row.proposalReasons())
                        + (hitViews.isEmpty() ? "" : ", " + hitViews.size() + " alert hit(s)")));
        return view(repository.find(id).orElseThrow());
    }

    public InspectionView get(UUID id) {
        InspectionView view = view(load(id));
        audit.record(AuditEvent.succeeded("INSPECTION_READ", RECORD_TYPE, id.toString()));
        return view;
    }

    /** The officer's decision at the booth: confirm the proposal or override it with a reason. */
    public record PrimaryDecision(String outcome, LocalDate permittedUntil, String overrideReason, Boolean entryFormChecked,
                                  Boolean feeChecked) {
    }

    public InspectionView decide(UUID id, PrimaryDecision decision) {
        List<AuditEvent> events = new ArrayList<>();
        InspectionView view = transactions.execute(status -> decideInTransaction(id, decision, events));
        events.forEach(audit::record);
        return view;
    }

    private InspectionView decideInTransaction(UUID id, PrimaryDecision decision, List<AuditEvent> events) {
        OfficerIdentity officer = current.require();
        InspectionRow row = load(id);
        ProposalOutcome outcome = parseOutcome(decision.outcome());
        if (outcome == ProposalOutcome.REFUSE) {
            throw InvalidRequestException.field("outcome", "Entry is refused only at secondary, with grounds: refer the traveller (REFER)");
        }
        if (!InspectionStatus.AWAITING_DECISION.name().equals(row.status())) {
            return sameDecisionOrConflict(row, outcome);
        }
        ProposalOutcome proposed = ProposalOutcome.valueOf(row.proposalOutcome());
        Direction direction = Direction.valueOf(row.direction());
        LocalDate until = null;
        boolean laterThanProposed = false;
        if (outcome == ProposalOutcome.ADMIT && direction == Direction.ENTRY) {
            until = decision.permittedUntil() != null ? decision.permittedUntil() : row.proposedUntil();
            if (until == null) {
                throw InvalidRequestException.field("permittedUntil", "Required: the last day of the permitted stay");
            }
            if (until.isBefore(LocalDate.now(clock))) {
                throw InvalidRequestException.field("permittedUntil", "The permitted stay cannot end before today");
            }
            laterThanProposed = row.proposedUntil() != null && until.isAfter(row.proposedUntil());
        }
        boolean overridden = outcome != proposed || laterThanProposed;
        String reason = decision.overrideReason() == null ? "" : decision.overrideReason().strip();
        if (overridden && reason.length() < 5) {
            throw InvalidRequestException.field("overrideReason", outcome != proposed
                    ? "Deciding " + outcome + " against the proposal (" + proposed + ") needs a reason; it is reported to supervisors"
                    : "A permitted stay beyond the proposed " + row.proposedUntil() + " needs a reason; it is reported to supervisors");
        }
        BoothContext context = context(row);
        List<String> conditions = outcome == ProposalOutcome.ADMIT && context.proposal() != null
                ? context.proposal().conditions() : List.of();
        Instant now = Instant.now(clock);
        InspectionStatus next = outcome == ProposalOutcome.ADMIT ? InspectionStatus.CLEARED : InspectionStatus.REFERRED;
        InspectionStatus.AWAITING_DECISION.moveTo(next);
        boolean claimed = repository.decidePrimary(id, next.name(), outcome.name(), officer.username(), now,
                outcome == ProposalOutcome.ADMIT ? row.proposedPermitType() : null, until, conditions, overridden,
                overridden ? reason : null, Boolean.TRUE.equals(decision.entryFormChecked()), Boolean.TRUE.equals(decision.feeChecked()));
        if (!claimed) {
            return sameDecisionOrConflict(load(id), outcome);
        }
        if (outcome == ProposalOutcome.ADMIT) {
            admit(load(id), officer, now, row.proposedPermitType(), until, events);
        }
        events.add(AuditEvent.succeeded("INSPECTION_DECIDED", RECORD_TYPE, id.toString())
                .withDetails(outcome + (until == null ? "" : " until " + until) + (overridden ? " (override of " + proposed + ")" : "")));
        if (overridden) {
            events.add(AuditEvent.succeeded("INSPECTION_OVERRIDDEN", RECORD_TYPE, id.toString())
                    .withDetails("Proposal " + proposed + ", decided " + outcome + ": " + reason));
        }
        return view(load(id));
    }

    /** Records the crossing and counts the visa entry; repeated calls for the same inspection record one movement. */
    private void admit(InspectionRow row, OfficerIdentity officer, Instant now, String permitType, LocalDate until,
                       List<AuditEvent> events) {
        admit(row, officer, now, permitType, until, events, TravellerRole.valueOf(row.role()), row.purpose());
    }

    /** @param role the role the traveller is admitted in (TRANSIT for an admission in transit only) */
    private void admit(InspectionRow row, OfficerIdentity officer, Instant now, String permitType, LocalDate until,
                       List<AuditEvent> events, TravellerRole role, String purpose) {
        Direction direction = Direction.valueOf(row.direction());
        Movement movement = movements.record(new CrossingToRecord(row.id(), traveller(row), direction, PortCode.of(row.port()), now,
                TransportMode.valueOf(row.mode()), role, Optional.ofNullable(row.carrier()),
                Optional.ofNullable(row.flightOrVessel()), Optional.ofNullable(direction == Direction.ENTRY ? permitType : null),
                Optional.ofNullable(direction == Direction.ENTRY ? until : null), officer.username(), "ADMIT",
                Optional.ofNullable(direction == Direction.ENTRY ? purpose : null)));
        repository.recordMovement(row.id(), movement.movementId(), direction == Direction.EXIT ? movement.daysOverstayed() : null);
        if (direction == Direction.ENTRY && row.visaNumber() != null) {
            try {
                visas.recordEntry(VisaNumber.of(row.visaNumber()), LocalDate.now(clock));
            } catch (IllegalStateException e) {
                throw new InspectionConflictException("The visa cannot be used today: " + e.getMessage(), InspectionStatus.valueOf(row.status()));
            }
        }
        if (direction == Direction.EXIT && movement.overstayed()) {
            events.add(AuditEvent.succeeded("OVERSTAY_RECORDED", RECORD_TYPE, row.id().toString())
                    .withDetails(movement.daysOverstayed() + " day(s) over the permitted stay"));
        }
    }

    private InspectionView sameDecisionOrConflict(InspectionRow row, ProposalOutcome outcome) {
        String decided = row.decidedOutcome();
        if (decided != null && decided.equals(outcome.name())) {
            return view(row);
        }
        throw new InspectionConflictException("This inspection was already decided" + (decided == null ? "" : " (" + decided + ")")
                + "; it is " + row.status(), InspectionStatus.valueOf(row.status()));
    }

    // --- secondary ----------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<InspectionSummary> referralQueue(String port) {
        return repository.queue(port == null || port.isBlank() ? null : PortCode.of(port).value(),
                List.of(InspectionStatus.REFERRED.name(), InspectionStatus.REFUSAL_AWAITING_APPROVAL.name()), 200);
    }

    @Transactional(readOnly = true)
    public List<InspectionSummary> overrides(LocalDate fromOrNull, LocalDate toOrNull, String port) {
        java.time.ZoneId zone = clock.getZone();
        LocalDate to = toOrNull == null ? LocalDate.now(clock) : toOrNull;
        LocalDate from = fromOrNull == null ? to.minusDays(30) : fromOrNull;
        return repository.overrides(from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant(),
                port == null || port.isBlank() ? null : PortCode.of(port).value());
    }

    /**
     * A secondary decision. {@code ADMIT} (possibly a shorter stay, with conditions), {@code ADMIT_TRANSIT}
     * (admitted in transit only, until the onward connection {@code flightOrVessel} on {@code permittedUntil}),
     * {@code REFUSE} (grounds, reason, carrier), {@code WITHDRAWN} (reason), {@code HANDED_OVER} (to the
     * agency {@code handedOverTo}, with a reason and the provisions or alert action relied on).
     */
    public record SecondaryDecision(String outcome, LocalDate permittedUntil, List<String> conditions, List<String> grounds,
                                    String reason, String carrier, String flightOrVessel, String handedOverTo) {

        public SecondaryDecision(String outcome, LocalDate permittedUntil, List<String> conditions, List<String> grounds,
                                 String reason, String carrier, String flightOrVessel) {
            this(outcome, permittedUntil, conditions, grounds, reason, carrier, flightOrVessel, null);
        }
    }

    /** The outcomes a secondary officer may decide. */
    public static final List<String> SECONDARY_OUTCOMES = List.of("ADMIT", "ADMIT_TRANSIT", "REFUSE", "WITHDRAWN", "HANDED_OVER");

    /** The environmental fee's provision, which exempts transit passengers (Title 13 PNC, §PPEF, in the default rules). */
    static final String FEE_PROVISION = "Title 13 PNC, §PPEF";

    /** The provisions of the rules in force today, for the refusal form. */
    public List<Provision> provisionsInForce() {
        return regulations.inForceOn(LocalDate.now(clock)).map(RegulationSet::provisions).orElse(List.of());
    }

    public InspectionView decideSecondary(UUID id, SecondaryDecision decision) {
        List<AuditEvent> events = new ArrayList<>();
        InspectionView view = transactions.execute(status -> decideSecondaryInTransaction(id, decision, events));
        events.forEach(audit::record);
        return view;
    }

    private InspectionView decideSecondaryInTransaction(UUID id, SecondaryDecision decision, List<AuditEvent> events) {
        OfficerIdentity officer = current.require();
        InspectionRow row = load(id);
        String outcome = decision.outcome() == null ? "" : decision.outcome().strip().toUpperCase(Locale.ROOT);
        if (!SECONDARY_OUTCOMES.contains(outcome)) {
            throw InvalidRequestException.field("outcome", String.join(", ", SECONDARY_OUTCOMES));
        }
        if (!InspectionStatus.REFERRED.name().equals(row.status())) {
            if (outcome.equals(row.secondaryOutcome())) {
                return view(row);
            }
            throw new InspectionConflictException("This inspection is " + row.status() + ": only a referred traveller is decided at secondary",
                    InspectionStatus.valueOf(row.status()));
        }
        repository.interview(id).filter(i -> i.closedAt() == null).ifPresent(i -> {
            throw new InspectionConflictException("Close the interview before deciding", InspectionStatus.REFERRED);
        });
        Direction direction = Direction.valueOf(row.direction());
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);
        List<String> conditions = decision.conditions() == null ? List.of()
                : decision.conditions().stream().filter(c -> c != null && !c.isBlank()).map(String::strip).toList();
        switch (outcome) {
            case "ADMIT" -> {
                LocalDate until = null;
                if (direction == Direction.ENTRY) {
                    BoothContext context = context(row);
                    LocalDate ceiling = context.eligibility() == null ? null : context.eligibility().permittedUntil();
                    until = decision.permittedUntil() != null ? decision.permittedUntil() : ceiling;
                    if (until == null) {
                        throw InvalidRequestException.field("permittedUntil", "Required: the last day of the permitted stay");
                    }
                    if (until.isBefore(today)) {
                        throw InvalidRequestException.field("permittedUntil", "The permitted stay cannot end before today");
                    }
                    if (ceiling != null && until.isAfter(ceiling)) {
                        throw InvalidRequestException.field("permittedUntil", "The rules in force allow a stay until " + ceiling
                                + " at most; a longer stay needs an extension from the visa office");
                    }
                }
                String permitType = row.proposedPermitType();
                move(row, InspectionStatus.CLEARED, outcome, officer, now, permitType, until, conditions, List.of(), decision.reason(),
                        null, null, null);
                admit(load(id), officer, now, permitType, until, events);
            }
            case "ADMIT_TRANSIT" -> {
                if (direction == Direction.EXIT) {
                    throw InvalidRequestException.field("outcome", "Transit is an admission: on exit decide ADMIT (departs) or WITHDRAWN");
                }
                BoothContext context = context(row);
                LocalDate ceiling = context.eligibility() == null ? null : context.eligibility().permittedUntil();
                List<InvalidRequestException.FieldProblem> problems = new ArrayList<>();
                LocalDate until = decision.permittedUntil();
                if (ceiling == null) {
                    problems.add(new InvalidRequestException.FieldProblem("outcome", "The rules in force give this traveller no stay ("
                            + (context.eligibility() == null ? "no eligibility decision" : context.eligibility().outcome())
                            + "): transit cannot be granted; refuse, or let the traveller withdraw"));
                } else if (until == null) {
                    problems.add(new InvalidRequestException.FieldProblem("permittedUntil",
                            "Required: the day of the onward departure, the last day of the transit"));
                } else if (until.isBefore(today)) {
                    problems.add(new InvalidRequestException.FieldProblem("permittedUntil", "The onward departure cannot be before today"));
                } else if (ceiling != null && until.isAfter(ceiling)) {
                    problems.add(new InvalidRequestException.FieldProblem("permittedUntil", "The rules in force allow a stay until "
                            + ceiling + " at most"));
                }
                String onward = blankToNull(decision.flightOrVessel());
                if (onward == null) {
                    problems.add(new InvalidRequestException.FieldProblem("flightOrVessel", "Required: the onward flight or vessel"));
                }
                if (!problems.isEmpty()) {
                    throw new InvalidRequestException("An admission in transit needs the onward connection and its date", problems);
                }
                List<String> transitConditions = new ArrayList<>();
                transitConditions.add(org.atoll.inspection.domain.PrimaryInspectionPolicy.TRANSIT_CONDITION);
                String carrier = blankToNull(decision.carrier());
                transitConditions.add("Onward on " + (carrier == null ? "" : carrier + " ") + onward + " by " + until);
                if (provisionsInForce().stream().anyMatch(p -> p.reference().value().equals(FEE_PROVISION))) {
                    transitConditions.add("Transit passenger: exempt from the Pristine Paradise Environmental Fee (" + FEE_PROVISION + ")");
                }
                transitConditions.addAll(conditions);
                String permitType = row.proposedPermitType();
                move(row, InspectionStatus.CLEARED, outcome, officer, now, permitType, until, transitConditions, List.of(),
                        decision.reason(), carrier, onward, null);
                admit(load(id), officer, now, permitType, until, events, TravellerRole.TRANSIT, "TRANSIT");
            }
            case "HANDED_OVER" -> {
                Map<String, String> problems = new LinkedHashMap<>();
                String agency = blankToNull(decision.handedOverTo());
                if (agency == null) {
                    problems.put("handedOverTo", "Required: the agency (and officer) the traveller is handed over to");
                } else if (agency.length() > 120) {
                    problems.put("handedOverTo", "At most 120 characters");
                }
                if (decision.reason() == null || decision.reason().strip().length() < 10) {
                    problems.put("reason", "Say why the traveller is handed over (at least 10 characters), e.g. the alert's action on hit");
                }
                List<String> cited = decision.grounds() == null ? List.of() : decision.grounds().stream()
                        .filter(g -> g != null && !g.isBlank()).map(String::strip).distinct().toList();
                Set<String> inForce = provisionsInForce().stream().map(p -> p.reference().value()).collect(Collectors.toSet());
                List<String> unknown = cited.stream().filter(g -> !inForce.contains(g)).toList();
                if (!unknown.isEmpty()) {
                    problems.put("grounds", "Not a provision of the rules in force: " + String.join(", ", unknown));
                }
                if (!problems.isEmpty()) {
                    throw new InvalidRequestException("A handover names the agency and says why",
                            problems.entrySet().stream().map(e -> new InvalidRequestException.FieldProblem(e.getKey(), e.getValue())).toList());
                }
                move(row, InspectionStatus.HANDED_OVER, outcome, officer, now, null, null, List.of(), cited, decision.reason().strip(),
                        null, null, agency);
                events.add(AuditEvent.succeeded("INSPECTION_HANDED_OVER", RECORD_TYPE, id.toString())
                        .withDetails("Handed over to " + agency + ": " + decision.reason().strip()));
            }
            case "REFUSE" -> {
                if (direction == Direction.EXIT) {
                    throw InvalidRequestException.field("outcome", "A departure is not refused: decide ADMIT (departs) or WITHDRAWN (stays)");
                }
                Set<String> inForce = provisionsInForce().stream().map(p -> p.reference().value()).collect(Collectors.toSet());
                Map<String, String> problems = new LinkedHashMap<>(RefusalGrounds.problems(decision.grounds(), decision.reason(), inForce));
                String carrier = blankToNull(decision.carrier()) != null ? decision.carrier().strip() : row.carrier();
                String flight = blankToNull(decision.flightOrVessel()) != null ? decision.flightOrVessel().strip() : row.flightOrVessel();
                if (carrier == null) {
                    problems.put("carrier", "Required: the carrier responsible for the traveller's removal");
                }
                if (!problems.isEmpty()) {
                    throw new InvalidRequestException("A refusal needs grounds in force, a written reason and the carrier",
                            problems.entrySet().stream().map(e -> new InvalidRequestException.FieldProblem(e.getKey(), e.getValue())).toList());
                }
                RefusalGrounds grounds = new RefusalGrounds(decision.grounds(), decision.reason());
                InspectionStatus next = properties.refusalRequiresApproval() ? InspectionStatus.REFUSAL_AWAITING_APPROVAL
                        : InspectionStatus.REFUSED;
                move(row, next, outcome, officer, now, null, null, List.of(), grounds.provisions(), grounds.reason(), carrier, flight,
                        null);
                if (next == InspectionStatus.REFUSED) {
                    recordRefusal(load(id), officer.username(), now);
                }
            }
            default -> {
                if (decision.reason() == null || decision.reason().isBlank()) {
                    throw InvalidRequestException.field("reason", "Say why the traveller withdraws (e.g. leaves on the next flight)");
                }
                move(row, InspectionStatus.WITHDRAWN, outcome, officer, now, null, null, List.of(), List.of(), decision.reason().strip(),
                        blankToNull(decision.carrier()), blankToNull(decision.flightOrVessel()), null);
            }
        }
        events.add(AuditEvent.succeeded("INSPECTION_SECONDARY_DECIDED", RECORD_TYPE, id.toString())
                .withDetails(outcome + ("REFUSE".equals(outcome) ? " on " + decision.grounds() : "")
                        + ("HANDED_OVER".equals(outcome) ? " to " + decision.handedOverTo() : "")));
        return view(load(id));
    }

    private void move(InspectionRow row, InspectionStatus next, String outcome, OfficerIdentity officer, Instant now,
                      String permitType, LocalDate until, List<String> conditions, List<String> grounds, String reason,
                      String carrier, String flight, String handedOverTo) {
        InspectionStatus.valueOf(row.status()).moveTo(next);
        if (!repository.decideSecondary(row.id(), row.status(), next.name(), outcome, officer.username(), now, permitType, until,
                conditions, grounds, reason == null ? null : reason.strip(), carrier, flight, handedOverTo)) {
            InspectionRow now2 = load(row.id());
            if (outcome.equals(now2.secondaryOutcome())) {
                return;
            }
            throw new InspectionConflictException("Another officer decided this inspection first", InspectionStatus.valueOf(now2.status()));
        }
    }

    private void recordRefusal(InspectionRow row, String officer, Instant now) {
        Movement movement = movements.record(new CrossingToRecord(row.id(), traveller(row), Direction.ENTRY, PortCode.of(row.port()),
                now, TransportMode.valueOf(row.mode()), TravellerRole.valueOf(row.role()),
                Optional.ofNullable(row.removalCarrier()), Optional.ofNullable(row.removalFlight()), Optional.empty(),
                Optional.empty(), officer, "REFUSE"));
        repository.recordMovement(row.id(), movement.movementId(), null);
    }

    public InspectionView reviewRefusal(UUID id, boolean approve, String note) {
        List<AuditEvent> events = new ArrayList<>();
        InspectionView view = transactions.execute(status -> reviewRefusalInTransaction(id, approve, note, events));
        events.forEach(audit::record);
        return view;
    }

    private InspectionView reviewRefusalInTransaction(UUID id, boolean approve, String note, List<AuditEvent> events) {
        OfficerIdentity supervisor = current.require();
        InspectionRow row = load(id);
        if (!InspectionStatus.REFUSAL_AWAITING_APPROVAL.name().equals(row.status())) {
            if (approve && InspectionStatus.REFUSED.name().equals(row.status())) {
                return view(row);
            }
            throw new InspectionConflictException("No refusal awaits approval; the inspection is " + row.status(),
                    InspectionStatus.valueOf(row.status()));
        }
        if (supervisor.username().equals(row.secondaryOfficer())) {
            throw new InspectionConflictException("A second officer approves a refusal, not the one who decided it",
                    InspectionStatus.REFUSAL_AWAITING_APPROVAL);
        }
        if (!approve && (note == null || note.isBlank())) {
            throw InvalidRequestException.field("note", "Say why the refusal is sent back");
        }
        Instant now = Instant.now(clock);
        InspectionStatus next = approve ? InspectionStatus.REFUSED : InspectionStatus.REFERRED;
        InspectionStatus.REFUSAL_AWAITING_APPROVAL.moveTo(next);
        if (!repository.reviewRefusal(id, next.name(), approve ? supervisor.username() : null, approve ? now : null)) {
            throw new InspectionConflictException("Another supervisor reviewed this refusal first", InspectionStatus.valueOf(load(id).status()));
        }
        if (approve) {
            recordRefusal(load(id), row.secondaryOfficer(), now);
        }
        events.add(AuditEvent.succeeded(approve ? "INSPECTION_REFUSAL_APPROVED" : "INSPECTION_REFUSAL_RETURNED", RECORD_TYPE,
                id.toString()).withDetails(note));
        return view(load(id));
    }

    /** Records a disposition of one of the inspection's alert hits through the alert module. */
    /** Not in a transaction of ours: the alert module disposes in its own, then the record here is one insert. */
    public InspectionView disposeHit(UUID id, UUID hitId, String disposition, String note) {
        OfficerIdentity officer = current.require();
        InspectionRow row = load(id);
        BoothContext context = context(row);
        if (context.alertHits() == null || context.alertHits().stream().noneMatch(h -> h.hitId().equals(hitId))) {
            throw new RecordNotFoundException("alert hit of this inspection", hitId.toString());
        }
        AlertScreening.HitDisposition d;
        try {
            d = AlertScreening.HitDisposition.valueOf(disposition == null ? "" : disposition.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.field("disposition", "CONFIRMED, FALSE_POSITIVE or INCONCLUSIVE");
        }
        if (note == null || note.isBlank()) {
            throw InvalidRequestException.field("note", "Say what was found");
        }
        if (repository.dispositions(id).stream().anyMatch(x -> x.hitId().equals(hitId))) {
            throw new InspectionConflictException("This hit already has a disposition", InspectionStatus.valueOf(row.status()));
        }
        screening.dispose(hitId, d, note.strip(), Screener.officer(officer));
        repository.insertDisposition(id, hitId, d.name(), note.strip(), officer.username(), Instant.now(clock));
        audit.record(AuditEvent.succeeded("INSPECTION_HIT_DISPOSED", RECORD_TYPE, id.toString()).withDetails(hitId + ": " + d));
        return view(load(id));
    }

    // --- reading ------------------------------------------------------------------------------------

    InspectionRow load(UUID id) {
        return repository.find(id).orElseThrow(() -> new RecordNotFoundException("inspection", id.toString()));
    }

    public BoothContext context(InspectionRow row) {
        return json.readValue(row.contextJson(), BoothContext.class);
    }

    InspectionView view(InspectionRow row) {
        BoothContext c = context(row);
        DecisionView decision = row.decidedOutcome() == null ? null : new DecisionView(row.decidedOutcome(), row.decidedBy(),
                row.decidedAt(), row.permitType(), row.permittedUntil(), row.conditions(), row.overridden(), row.overrideReason(),
                row.entryFormChecked(), row.feeChecked(), row.movementId(), row.daysOverstayed());
        var dispositions = repository.dispositions(row.id());
        SecondaryView secondary = row.secondaryOutcome() == null && dispositions.isEmpty() ? null
                : new SecondaryView(row.secondaryOutcome(), row.secondaryOfficer(), row.secondaryDecidedAt(), row.refusalGrounds(),
                row.refusalReason(), row.removalCarrier(), row.removalFlight(), row.refusalApprovedBy(), row.refusalApprovedAt(),
                dispositions, row.handedOverTo());
        return new InspectionView(row.id(), row.status(), row.port(), row.booth(), row.direction(), row.mode(), row.role(),
                row.purpose(), row.officer(), row.createdAt(), c.document(), c.alertHits(), c.eligibility(), c.visa(), c.manifest(),
                c.previousMovements(), c.openStay(), c.proposal(), decision, secondary, row.version());
    }

    private MrzReading read(String mrz, LocalDate today, List<InvalidRequestException.FieldProblem> problems) {
        if (mrz == null || mrz.isBlank()) {
            problems.add(new InvalidRequestException.FieldProblem("mrz", "Required: the machine readable zone as scanned"));
            return null;
        }
        MrzReading reading;
        try {
            reading = zones.read(mrz.strip(), today);
        } catch (MrzSyntaxException e) {
            // the document module's message often names the line itself ("Line 1, position 3: lower-case 'g'...")
            boolean named = e.getMessage().startsWith("Line " + e.line());
            problems.add(new InvalidRequestException.FieldProblem("mrz", (e.line() > 0 && !named ? "Line " + e.line()
                    + (e.position() > 0 ? ", position " + e.position() : "") + ": " : "") + e.getMessage()));
            return null;
        }
        if (reading.documentCode().map(c -> c.isVisa()).orElse(false)) {
            problems.add(new InvalidRequestException.FieldProblem("mrz", "This is a visa's zone: scan the passport"));
        }
        // Without these the traveller cannot be identified: the booth offers manual entry.
        for (var needed : List.of(MrzField.ISSUING_STATE, MrzField.DOCUMENT_NUMBER, MrzField.NATIONALITY, MrzField.NAME)) {
            boolean missing = switch (needed) {
                case ISSUING_STATE -> reading.issuingState().isEmpty();
                case DOCUMENT_NUMBER -> reading.documentNumber().isEmpty();
                case NATIONALITY -> reading.nationality().isEmpty();
                default -> reading.name().isEmpty();
            };
            if (missing) {
                String why = reading.errors().stream().filter(e -> e.field() == needed).map(InspectionService::describe)
                        .findFirst().orElse("cannot be read");
                problems.add(new InvalidRequestException.FieldProblem("mrz." + needed.label(), why));
            }
        }
        return reading;
    }

    private static String describe(MrzError e) {
        return "Line " + e.line() + ", position " + e.position() + ": " + e.message();
    }

    private static List<String> problemsOf(MrzReading r) {
        List<String> out = new ArrayList<>();
        r.errors().forEach(e -> out.add(describe(e)));
        r.warnings().stream().filter(w -> w.kind() != MrzWarning.Kind.EXPIRES_SOON).forEach(w -> out.add(w.message()));
        return out;
    }

    private Optional<EligibilityDecision> eligibility(TravellerDocument t, MrzReading reading, Purpose purpose, int stayDays,
                                                      LocalDate today, Optional<VisaRecord> visa,
                                                      java.util.Set<TravellerStatus> declared) {
        if (reading.dateOfExpiry().isEmpty()) {
            return Optional.empty();
        }
        String code = t.documentCode().length() <= 2 ? t.documentCode() : t.documentCode().substring(0, 1);
        try {
            return Optional.of(regulations.decide(EligibilityRequest.builder().nationality(t.nationality())
                    .document(new TravelDocument(code, Optional.of(t.documentNumber().value()), reading.dateOfExpiry().get()))
                    .dateOfBirth(t.dateOfBirth().orElse(null)).purpose(purpose).intendedStayDays(stayDays).arrivalDate(today)
                    .visa(visa.map(VisaRecord::asHeldVisa).orElse(null)).declaredStatuses(declared).build()));
        } catch (NoRegulationInForceException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private PrimaryFacts.ManifestFact manifest(TravellerDocument t, PortCode port, LocalDate today, TravellerRole role) {
        List<ManifestLookup.ManifestMatch> matches = manifests.find(t.issuingState(), t.documentNumber(), port, today);
        if (matches.isEmpty()) {
            return new PrimaryFacts.ManifestFact(PrimaryFacts.ManifestStatus.NOT_MANIFESTED, List.of(), Optional.empty(), Optional.empty());
        }
        ManifestLookup.ManifestMatch m = matches.get(0);
        List<String> differences = new ArrayList<>();
        if (!same(m.surname(), t.name().surname()) || !same(m.givenNames(), t.name().givenNames())) {
            differences.add("name: manifest says " + m.givenNames() + " " + m.surname());
        }
        m.dateOfBirth().ifPresent(dob -> t.dateOfBirth().ifPresent(d -> {
            if (!dob.equals(d.toString())) {
                differences.add("date of birth: manifest says " + dob);
            }
        }));
        m.nationality().filter(n -> !n.equalsIgnoreCase(t.nationality().value()))
                .ifPresent(n -> differences.add("nationality: manifest says " + n));
        String manifestRole = m.role() == null ? "" : m.role().toUpperCase(Locale.ROOT);
        boolean crewHere = role == TravellerRole.CREW;
        if (!manifestRole.isEmpty() && crewHere != manifestRole.equals("CREW")) {
            differences.add("role: manifest says " + manifestRole);
        }
        return new PrimaryFacts.ManifestFact(differences.isEmpty() ? PrimaryFacts.ManifestStatus.MATCH
                : PrimaryFacts.ManifestStatus.MISMATCH, differences, Optional.ofNullable(m.carrier()), Optional.ofNullable(m.flight()));
    }

    private static boolean same(String a, String b) {
        return normalise(a).equals(normalise(b));
    }

    private static String normalise(String s) {
        return s == null ? "" : s.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
    }

    static TravellerDocument traveller(MrzReading r) {
        return new TravellerDocument(r.issuingState().orElseThrow(), r.documentNumber().orElseThrow(),
                r.documentCode().map(Object::toString).orElse("P"), r.dateOfExpiry(), r.name().orElseThrow(),
                r.nationality().orElseThrow(), r.dateOfBirth().flatMap(PartialDate::toLocalDate), r.sex());
    }

    static TravellerDocument traveller(InspectionRow row) {
        Optional<LocalDate> dob = Optional.ofNullable(row.dateOfBirth()).map(PartialDate::parse).flatMap(PartialDate::toLocalDate);
        return new TravellerDocument(CountryCode.of(row.issuingState()), DocumentNumber.of(row.documentNumber()), row.documentCode(),
                Optional.ofNullable(row.documentExpiry()), PersonName.of(row.surname(), row.givenNames()),
                CountryCode.of(row.nationality()), dob, Optional.ofNullable(row.sex()).map(Sex::valueOf));
    }

    private static DocumentView documentView(MrzReading r, boolean byHand) {
        return new DocumentView(r.format().label(), r.documentCode().map(Object::toString).orElse(null),
                r.issuingState().map(Object::toString).orElse(null), r.documentNumber().map(Object::toString).orElse(null),
                r.name().map(PersonName::surname).orElse(null), r.name().map(PersonName::givenNames).orElse(null),
                r.nationality().map(Object::toString).orElse(null), r.dateOfBirth().map(Object::toString).orElse(null),
                r.sex().map(Enum::name).orElse(null), r.dateOfExpiry().orElse(null), r.valid(), r.codesKnown(),
                r.expiryStatus().name(), problemsOf(r), byHand);
    }

    private static EligibilityView eligibilityView(EligibilityDecision e) {
        return new EligibilityView(e.outcome().name(), e.summary(), e.permitTypeCode().map(Object::toString).orElse(null),
                e.permittedUntil().orElse(null),
                e.checks().stream().map(c -> new CheckView(c.kind().name(), c.rule(), c.status().name(), c.reason(),
                        c.provision().value())).toList(),
                PrimaryInspectionPolicy.provisionsOf(e),
                e.basis().title() + ", version " + e.basis().version());
    }

    private static ProposalView proposalView(Proposal p) {
        return new ProposalView(p.outcome().name(), p.permitType().orElse(null), p.permittedUntil().orElse(null), p.conditions(),
                p.reasons().stream().map(InspectionService::reasonView).toList(), p.flags(), p.daysOverstayed());
    }

    private static ReasonView reasonView(Reason r) {
        return new ReasonView(r.code().name(), r.detail(), r.provision().orElse(null));
    }

    private static MovementView movementView(Movement m) {
        return new MovementView(m.direction().name(), m.port().value(), m.crossedAt(), m.traveller().documentNumber().value(),
                m.permitType().orElse(null), m.permittedUntil().orElse(null), m.decision(), m.daysOverstayed());
    }

    private static ProposalOutcome parseOutcome(String raw) {
        try {
            return ProposalOutcome.valueOf(Objects.requireNonNull(raw).strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw InvalidRequestException.field("outcome", "ADMIT or REFER (REFUSE only at secondary)");
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String raw, String field, String allowed,
                                               List<InvalidRequestException.FieldProblem> problems) {
        if (raw == null || raw.isBlank()) {
            problems.add(new InvalidRequestException.FieldProblem(field, "Required: " + allowed));
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new InvalidRequestException.FieldProblem(field, "Not " + allowed + ": " + raw));
            return null;
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

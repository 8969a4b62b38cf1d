package org.atoll.manifest.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.atoll.InvalidRequestException;
import org.atoll.access.AgencyCode;
import org.atoll.alert.AlertChanged;
import org.atoll.alert.AlertScreening;
import org.atoll.alert.AlertScreeningResult;
import org.atoll.alert.Screener;
import org.atoll.alert.TravellerToScreen;
import org.atoll.audit.AuditEvent;
import org.atoll.audit.AuditTrail;
import org.atoll.document.DocumentNumber;
import org.atoll.document.PartialDate;
import org.atoll.document.Sex;
import org.atoll.manifest.ManifestReceived;
import org.atoll.manifest.internal.ManifestStore.StoredManifest;
import org.atoll.manifest.internal.ManifestStore.StoredPerson;
import org.atoll.manifest.screening.EntryCheck;
import org.atoll.manifest.screening.PreArrivalPolicy;
import org.atoll.manifest.screening.PreArrivalVerdict;
import org.atoll.reference.CountryCode;
import org.atoll.regulation.EligibilityDecision;
import org.atoll.regulation.EligibilityRequest;
import org.atoll.regulation.NoRegulationInForceException;
import org.atoll.regulation.Outcome;
import org.atoll.regulation.Purpose;
import org.atoll.regulation.Regulations;
import org.atoll.regulation.TravelDocument;
import org.atoll.visa.VisaRecord;
import org.atoll.visa.Visas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Screens every person on a manifest before arrival — the alert list, then the visa and entry rules
 * for the arrival date — as soon as the manifest is stored, and again for the flights due in the next
 * {@value #RESCREEN_HOURS} hours whenever an alert changes. Persons are screened {@value #CHUNK} to a
 * transaction, so the audit chain's head is never held for a whole manifest while the booth is screening;
 * when the alert list refuses one person's data the chunk is screened again person by person, and only
 * that person is marked ERROR.
 */
@Service
public class PreArrivalScreening {

    static final String PROCESS = "manifest-screening";
    static final AgencyCode AGENCY = new AgencyCode("IMMIGRATION");
    static final long RESCREEN_HOURS = 72;
    /** Persons screened per transaction: few commits, yet the audit chain's head is not held for long. */
    static final int CHUNK = 50;

    private static final Logger log = LoggerFactory.getLogger(PreArrivalScreening.class);

    /** The person as screened: what the carrier declared, in value objects where they are valid. */
    public record PersonToScreen(String role, String surname, String givenNames, String dateOfBirth, String nationality,
                                 String sex, String documentType, String documentNumber, String documentIssuer,
                                 LocalDate documentExpiry) {

        public static PersonToScreen of(org.atoll.manifest.ManifestPerson p) {
            var d = p.documents().isEmpty() ? null : p.documents().get(0);
            return new PersonToScreen(p.role().name(), p.name().surname(), p.name().givenNames(),
                    p.dateOfBirth() == null ? null : p.dateOfBirth().toString(),
                    p.nationality() == null ? null : p.nationality().value(), p.sex() == null ? null : p.sex().name(),
                    d == null ? null : d.type(), d == null || d.number() == null ? null : d.number().value(),
                    d == null || d.issuingState() == null ? null : d.issuingState().value(), d == null ? null : d.expiry());
        }

        static PersonToScreen of(StoredPerson p) {
            return new PersonToScreen(p.role(), p.surname(), p.givenNames(), p.dateOfBirth(), p.nationality(), p.sex(),
                    p.documentType(), p.documentNumber(), p.documentIssuer(), p.documentExpiry());
        }
    }

    private final ManifestStore store;
    private final AlertScreening alerts;
    private final Regulations regulations;
    private final Visas visas;
    private final org.atoll.reference.ReferenceData reference;
    private final AuditTrail audit;
    private final TransactionTemplate inTransaction;
    private final Clock clock;

    PreArrivalScreening(ManifestStore store, AlertScreening alerts, Regulations regulations, Visas visas,
                        org.atoll.reference.ReferenceData reference, AuditTrail audit,
                        PlatformTransactionManager transactions, Clock clock) {
        this.reference = reference;
        this.store = store;
        this.alerts = alerts;
        this.regulations = regulations;
        this.visas = visas;
        this.audit = audit;
        this.inTransaction = new TransactionTemplate(transactions);
        this.inTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void onManifestReceived(ManifestReceived received) {
        // a later part of a multi-part list announces the same manifest again: only its new persons are screened
        screenManifest(received.manifestId(), true);
    }

    /** Bounded: only current manifests of flights arriving from now to +72 h are screened again. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void onAlertChanged(AlertChanged changed) {
        LocalDateTime now = LocalDateTime.now(clock);
        for (UUID id : store.currentArrivingBetween(now, now.plusHours(RESCREEN_HOURS))) {
            screenManifest(id, false);
        }
    }

    /** Screens every person of a manifest and returns how many ended in each status. */
    public java.util.Map<String, Integer> screenManifest(UUID manifestId, boolean onlyPending) {
        Optional<StoredManifest> manifest = store.find(manifestId);
        if (manifest.isEmpty() || !"CURRENT".equals(manifest.get().status())) {
            return java.util.Map.of();
        }
        StoredManifest m = manifest.get();
        LocalDate arrival = m.arrivalTime() != null ? m.arrivalTime().toLocalDate() : m.flightDate();
        boolean inbound = arrivesAtPortOfEntry(m.arrivalPort(), arrival);
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        List<StoredPerson> persons = store.persons(manifestId).stream()
                .filter(p -> !onlyPending || "PENDING".equals(p.screeningStatus())).toList();
        for (int from = 0; from < persons.size(); from += CHUNK) {
            List<StoredPerson> chunk = persons.subList(from, Math.min(persons.size(), from + CHUNK));
            List<PreArrivalVerdict> verdicts;
            try {
                verdicts = inTransaction.execute(tx -> chunk.stream().map(p -> screenAndRecord(manifestId, p, arrival, inbound)).toList());
            } catch (RuntimeException chunkFailed) {
                // one person's data refused: the chunk is rolled back and its persons screened one by one
                verdicts = chunk.stream().map(p -> screenAlone(manifestId, p, arrival, inbound)).toList();
            }
            verdicts.forEach(v -> counts.merge(v.status().name(), 1, Integer::sum));
        }
        inTransaction.executeWithoutResult(tx -> audit.record(AuditEvent.succeeded("MANIFEST_SCREENED", "manifest",
                manifestId.toString()).withDetails(counts.toString())));
        return counts;
    }

    private PreArrivalVerdict screenAndRecord(UUID manifestId, StoredPerson p, LocalDate arrival, boolean inbound) {
        Findings f = findings(PersonToScreen.of(p), arrival, PROCESS, inbound);
        PreArrivalVerdict v = PreArrivalPolicy.verdict(f.alerts(), f.entry());
        store.recordScreening(manifestId, p.position(), v.status().name(), v.reasons(), v.hitIds(), v.visaNeeded(),
                clock.instant());
        return v;
    }

    private PreArrivalVerdict screenAlone(UUID manifestId, StoredPerson p, LocalDate arrival, boolean inbound) {
        try {
            return inTransaction.execute(tx -> screenAndRecord(manifestId, p, arrival, inbound));
        } catch (RuntimeException e) {
            log.warn("Screening of person {} on manifest {} failed: {}", p.position(), manifestId, e.toString());
            PreArrivalVerdict v = PreArrivalVerdict.error(e instanceof InvalidRequestException
                    ? "the alert list refused the declared data" : e.getClass().getSimpleName());
            inTransaction.executeWithoutResult(tx -> store.recordScreening(manifestId, p.position(), v.status().name(),
                    v.reasons(), v.hitIds(), v.visaNeeded(), clock.instant()));
            return v;
        }
    }

    /** What the alert list and the entry rules say about one person. */
    public record Findings(AlertScreeningResult alerts, EntryCheck entry) {
    }

    /** One person against the alert list and the entry rules for the arrival date (in the caller's transaction). */
    public PreArrivalVerdict screen(PersonToScreen person, LocalDate arrivalDate) {
        Findings f = findings(person, arrivalDate, PROCESS, true);
        return PreArrivalPolicy.verdict(f.alerts(), f.entry());
    }

    /**
     * The findings for one person, screened under the given process name (in the caller's transaction).
     * The entry rules are asked only for a flight arriving at one of the state's ports of entry: a
     * traveller leaving needs no visa to enter.
     */
    public Findings findings(PersonToScreen person, LocalDate arrivalDate, String process, boolean inbound) {
        AlertScreeningResult hits = alerts.screen(traveller(person), Screener.process(process, AGENCY));
        return new Findings(hits, inbound ? entry(person, arrivalDate)
                : EntryCheck.notChecked("the flight does not arrive at a port of entry of the state"));
    }

    /**
     * Whether the arrival port is one of the state's ports of entry (by UN/LOCODE, the LOCODE without
     * its country, or the IATA code). With no ports of entry in the reference data, every flight counts.
     */
    public boolean arrivesAtPortOfEntry(String arrivalPort, LocalDate on) {
        if (arrivalPort == null || arrivalPort.isBlank()) {
            return true;
        }
        String port = arrivalPort.trim().toUpperCase(java.util.Locale.ROOT);
        var ports = reference.ports(on == null ? LocalDate.now(clock) : on);
        return ports.isEmpty() || ports.stream().anyMatch(p -> port.equals(p.code().value())
                || (p.code().value().length() == 5 && port.equals(p.code().value().substring(2)))
                || port.equals(p.iataCode()));
    }

    static TravellerToScreen traveller(PersonToScreen p) {
        Optional<PartialDate> born = Optional.empty();
        if (p.dateOfBirth() != null) {
            try {
                born = Optional.of(PartialDate.parse(p.dateOfBirth()));
            } catch (IllegalArgumentException ignored) {
                // an unreadable date of birth is screened without it, as the booth would
            }
        }
        Optional<CountryCode> nationality = code(p.nationality());
        Optional<Sex> sex = Optional.empty();
        if (p.sex() != null) {
            try {
                sex = Optional.of(Sex.valueOf(p.sex()));
            } catch (IllegalArgumentException ignored) {
                // not a sex the alert list knows: screened without it
            }
        }
        List<TravellerToScreen.PresentedDocument> documents = new ArrayList<>();
        Optional<CountryCode> issuer = code(p.documentIssuer()).or(() -> nationality);
        if (p.documentNumber() != null && issuer.isPresent()) {
            try {
                documents.add(new TravellerToScreen.PresentedDocument(issuer.get(), DocumentNumber.of(p.documentNumber())));
            } catch (IllegalArgumentException ignored) {
                // a number with characters no document has: screened on the name
            }
        }
        return new TravellerToScreen(p.surname(), p.givenNames(), List.of(), born, nationality, sex, documents);
    }

    EntryCheck entry(PersonToScreen p, LocalDate arrivalDate) {
        Optional<CountryCode> nationality = code(p.nationality());
        if (nationality.isEmpty()) {
            return EntryCheck.notChecked("no nationality declared");
        }
        if (p.documentExpiry() == null) {
            return EntryCheck.notChecked("no document expiry declared");
        }
        if (arrivalDate == null) {
            return EntryCheck.notChecked("no arrival date");
        }
        try {
            String type = p.documentType() == null || !p.documentType().matches("[A-Z]{1,2}") ? "P" : p.documentType();
            String number = p.documentNumber() != null && p.documentNumber().matches("[A-Z0-9]{1,20}") ? p.documentNumber() : null;
            EligibilityRequest request = EligibilityRequest.builder().nationality(nationality.get())
                    .document(new TravelDocument(type, Optional.ofNullable(number), p.documentExpiry()))
                    .purpose(purpose(p.role())).intendedStayDays(1).arrivalDate(arrivalDate).build();
            EligibilityDecision decision = regulations.decide(request);
            if (decision.outcome() != Outcome.VISA_REQUIRED || number == null) {
                return EntryCheck.decided(decision.outcome(), decision.summary(), false);
            }
            // only a traveller the rules ask a visa of is looked up in the register (each look-up is audited)
            Optional<VisaRecord> held = visas.forPassport(nationality.get(), new DocumentNumber(number)).stream()
                    .filter(v -> v.usableOn(arrivalDate)).findFirst();
            if (held.isEmpty()) {
                return EntryCheck.decided(decision.outcome(), decision.summary(), false);
            }
            EligibilityDecision withVisa = regulations.decide(request.toBuilder().visa(held.get().asHeldVisa()).build());
            return EntryCheck.decided(withVisa.outcome(), withVisa.summary() + " (visa " + held.get().number().value()
                    + ")", true);
        } catch (NoRegulationInForceException e) {
            return EntryCheck.notChecked("no regulation set in force on " + arrivalDate);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return EntryCheck.notChecked(e.getMessage());
        }
    }

    static Purpose purpose(String role) {
        return switch (role == null ? "" : role) {
            case "CREW" -> Purpose.CREW;
            case "TRANSIT" -> Purpose.TRANSIT;
            default -> Purpose.TOURISM;
        };
    }

    private static Optional<CountryCode> code(String value) {
        return value != null && CountryCode.isWellFormed(value) ? Optional.of(new CountryCode(value)) : Optional.empty();
    }
}

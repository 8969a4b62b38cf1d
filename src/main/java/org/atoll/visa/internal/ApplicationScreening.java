package org.atoll.visa.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.atoll.InvalidRequestException;
import org.atoll.InvalidRequestException.FieldProblem;
import org.atoll.RecordNotFoundException;
import org.atoll.access.AgencyCode;
import org.atoll.access.CurrentOfficer;
import org.atoll.alert.AlertChanged;
import org.atoll.alert.AlertScreening;
import org.atoll.alert.AlertScreeningResult;
import org.atoll.alert.Screener;
import org.atoll.alert.TravellerToScreen;
import org.atoll.audit.AuditEvent;
import org.atoll.audit.AuditTrail;
import org.atoll.document.PartialDate;
import org.atoll.visa.VisaApplicationId;
import org.atoll.visa.VisaApplicationSubmitted;
import org.atoll.visa.domain.AlertClearance;
import org.atoll.visa.domain.ApplicationAlertHit;
import org.atoll.visa.domain.ApplicationStatus;
import org.atoll.visa.domain.VisaApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Screens visa applicants against the National Alert List through its public API
 * ({@link AlertScreening}): on submission (right after the application is stored, in the
 * submitting request, so the officer sees the outcome at once) and again when an officer asks.
 * The hits are kept with the application; a visa officer records a disposition of each, which
 * the alert module records too. A screening that fails is recorded as failed, never loses the
 * application, and blocks approval until the application is screened again.
 */
@Service
public class ApplicationScreening {

    private static final Logger log = LoggerFactory.getLogger(ApplicationScreening.class);
    static final String PROCESS = "visa-screening";

    private final AlertScreening alertList;
    private final ApplicationScreeningRepository screenings;
    private final VisaApplicationRepository applications;
    private final CurrentOfficer currentOfficer;
    private final AuditTrail audit;
    private final VisaProperties properties;
    private final java.time.Clock clock;
    private final TransactionTemplate separately;

    ApplicationScreening(AlertScreening alertList, ApplicationScreeningRepository screenings, VisaApplicationRepository applications,
                         CurrentOfficer currentOfficer, AuditTrail audit, VisaProperties properties, java.time.Clock clock,
                         PlatformTransactionManager transactions) {
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.alertList = alertList;
        this.screenings = screenings;
        this.applications = applications;
        this.currentOfficer = currentOfficer;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Screens a submitted application once its submission is committed (each step in a transaction
     * of its own: the submitting one is over, and a failure of the alert list must not undo it).
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void on(VisaApplicationSubmitted submitted) {
        applications.findById(submitted.applicationId()).ifPresent(this::screenQuietly);
    }

    /** Screens an application again (after a failed screening, or when the list has changed). */
    public AlertClearance screenAgain(VisaApplicationId id) {
        VisaApplication a = applications.findById(id).orElseThrow(() -> new RecordNotFoundException(VisaApplications.RECORD, id.toString()));
        if (a.status().isFinal()) {
            throw InvalidRequestException.field("status", "The application is " + a.status() + "; it is not screened again");
        }
        screenQuietly(a);
        return clearance(id);
    }

    /**
     * Screens again, without an officer, every application still awaiting clearance (not yet
     * decided, or approved and not yet issued) when an alert becomes or stays active: a new or
     * changed alert may concern an applicant already screened. Hits already shown on an
     * application are not added twice (see {@link #screenQuietly}); decided-and-closed
     * applications (refused, issued, withdrawn) are left alone. Runs after the alert's change is
     * committed, each application in transactions of its own, so one failure stops nothing else.
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    public void on(AlertChanged changed) {
        if (!"ACTIVE".equals(changed.status())) {
            return; // an alert that is not active matches nobody: nothing new to find
        }
        List<ApplicationStatus> awaiting = java.util.Arrays.stream(ApplicationStatus.values())
                .filter(ApplicationStatus::awaitsClearance).toList();
        List<VisaApplicationId> ids = applications.idsIn(awaiting);
        for (VisaApplicationId id : ids) {
            applications.findById(id).filter(a -> a.status().awaitsClearance())
                    .ifPresent(a -> screenQuietly(a, "alert list changed: alert " + changed.alertId() + " v" + changed.version()));
        }
        log.info("Alert {} changed: {} visa applications awaiting clearance screened again", changed.alertId(), ids.size());
    }

    /** The application's screening and hits, as the visa officer sees them (the read is audited). */
    public AlertClearance clearance(VisaApplicationId id) {
        AlertClearance clearance = screenings.clearance(id);
        if (!clearance.hits().isEmpty()) {
            audit.record(AuditEvent.succeeded("VISA_ALERT_HITS_READ", VisaApplications.AUDIT_TYPE, id.toString())
                    .withDetails(clearance.hits().size() + " hits, " + clearance.blocking().size() + " unsettled strong"));
        }
        return clearance;
    }

    /** The alert-list state of the applications in a queue (not audited per application: the queue read is). */
    public java.util.Map<VisaApplicationId, AlertClearance> clearances(java.util.Collection<VisaApplicationId> ids) {
        return screenings.clearances(ids);
    }

    /** The hits standing in the way of an approval or issue, as a 422 naming {@code alertHits}. */
    void requireClear(VisaApplicationId id, String what) {
        List<String> obstacles = screenings.clearance(id).obstacles();
        if (!obstacles.isEmpty()) {
            audit.record(AuditEvent.denied(what, VisaApplications.AUDIT_TYPE, id.toString())
                    .withDetails("alert list: " + String.join("; ", obstacles)));
            List<FieldProblem> problems = obstacles.stream().map(o -> new FieldProblem("alertHits", o)).toList();
            throw new InvalidRequestException(String.join("; ", obstacles), problems);
        }
    }

    /**
     * Records a visa officer's disposition of a hit on an application: the alert module records it
     * (and notifies the owning agency of a confirmed hit); the application keeps it.
     */
    @Transactional
    public AlertClearance dispose(VisaApplicationId id, UUID hitId, String disposition, String note) {
        ApplicationAlertHit hit = screenings.clearance(id).hits().stream().filter(h -> h.hitId().equals(hitId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("alert hit", hitId.toString()));
        List<FieldProblem> problems = new ArrayList<>();
        ApplicationAlertHit.Disposition target = null;
        try {
            target = ApplicationAlertHit.Disposition.valueOf(String.valueOf(disposition).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("disposition", "One of CONFIRMED, FALSE_POSITIVE, INCONCLUSIVE"));
        }
        if (note == null || note.isBlank()) {
            problems.add(new FieldProblem("note", "Say what you found; the disposition keeps it"));
        }
        VisaApplications.throwIfAny(problems);
        Screener screener = screener();
        alertList.dispose(hitId, AlertScreening.HitDisposition.valueOf(target.name()), note.strip(), screener);
        screenings.dispose(id, hit.hitId(), new ApplicationAlertHit.Disposed(target, note.strip(), screener.name(), clock.instant()));
        audit.record(AuditEvent.succeeded("VISA_ALERT_HIT_DISPOSED", VisaApplications.AUDIT_TYPE, id.toString())
                .withPurpose(note.strip()).withDetails(hitId + " " + hit.band() + " -> " + target));
        return clearance(id);
    }

    private void screenQuietly(VisaApplication a) {
        screenQuietly(a, null);
    }

    /** @param why recorded as the audit's purpose when the screening was not asked for by an officer (else null) */
    private void screenQuietly(VisaApplication a, String why) {
        Screener screener = screener();
        Instant now = clock.instant();
        AlertScreeningResult result;
        try {
            result = separately.execute(status -> alertList.screen(traveller(a), screener));
        } catch (RuntimeException e) {
            log.warn("Screening of visa application {} against the alert list failed", a.reference(), e);
            String failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            separately.executeWithoutResult(status -> {
                screenings.recordScreening(a.id(), new AlertClearance.Screening(now, screener.name(), Optional.of(failure)));
                AuditEvent failed = AuditEvent.failed("VISA_APPLICATION_SCREENED", VisaApplications.AUDIT_TYPE, a.id().toString())
                        .withDetails(a.reference() + ": " + failure);
                audit.record(why == null ? failed : failed.withPurpose(why));
            });
            return;
        }
        separately.executeWithoutResult(status -> {
            // one screening at a time records its hits on an application (an officer's "screen again"
            // may meet the automatic one), so the check below sees what the other recorded
            applications.lockForScreening(a.id());
            // an alert already shown on this application (and perhaps settled) is not shown twice
            java.util.Set<UUID> known = new java.util.HashSet<>(screenings.clearance(a.id()).hits().stream()
                    .map(ApplicationAlertHit::alertId).toList());
            for (AlertScreeningResult.PersonAlertHit p : result.personHits()) {
                if (!known.add(p.alertId())) {
                    continue;
                }
                screenings.insertHit(a.id(), new ApplicationAlertHit(p.hitId(), p.alertId(), ApplicationAlertHit.Kind.PERSON, p.band(), p.score(),
                        p.actionOnHit(), p.contact(), p.fullView(), personSummary(p), now, Optional.empty()));
            }
            for (AlertScreeningResult.DocumentAlertHit d : result.documentHits()) {
                if (!known.add(d.alertId())) {
                    continue;
                }
                screenings.insertHit(a.id(), new ApplicationAlertHit(d.hitId(), d.alertId(), ApplicationAlertHit.Kind.DOCUMENT, "DOCUMENT", null,
                        d.actionOnHit(), d.contact(), d.fullView(), documentSummary(d), now, Optional.empty()));
            }
            screenings.recordScreening(a.id(), new AlertClearance.Screening(now, screener.name(), Optional.empty()));
            AuditEvent screened = AuditEvent.succeeded("VISA_APPLICATION_SCREENED", VisaApplications.AUDIT_TYPE, a.id().toString())
                    .withDetails(a.reference() + ": " + result.personHits().size() + " person hits ("
                            + result.personHits().stream().filter(p -> "STRONG".equalsIgnoreCase(p.band())).count() + " strong), "
                            + result.documentHits().size() + " document hits");
            audit.record(why == null ? screened : screened.withPurpose(why));
        });
    }

    static TravellerToScreen traveller(VisaApplication a) {
        var applicant = a.applicant();
        return new TravellerToScreen(applicant.name().surname(), applicant.name().givenNames(), List.of(),
                Optional.of(PartialDate.of(applicant.dateOfBirth())), Optional.of(applicant.nationality()),
                Optional.of(applicant.sex()), List.of(new TravellerToScreen.PresentedDocument(applicant.passport().issuingState(),
                applicant.passport().number())));
    }

    private Screener screener() {
        return currentOfficer.officer().map(Screener::officer)
                .orElseGet(() -> Screener.process(PROCESS, AgencyCode.of(properties.screeningAgency())));
    }

    private static String personSummary(AlertScreeningResult.PersonAlertHit p) {
        if (!p.fullView()) {
            return "Alert of another agency: act as the alert says and call the contact";
        }
        StringBuilder s = new StringBuilder();
        p.externalReference().ifPresent(r -> s.append(r).append(" — "));
        p.matchedName().ifPresent(n -> s.append(n));
        p.category().ifPresent(c -> s.append(" (").append(c).append(")"));
        p.owningAgency().ifPresent(o -> s.append(", ").append(o));
        if (!p.explanation().isBlank()) {
            s.append(". ").append(p.explanation());
        }
        return s.toString();
    }

    private static String documentSummary(AlertScreeningResult.DocumentAlertHit d) {
        StringBuilder s = new StringBuilder("Passport ").append(d.documentKey());
        d.type().ifPresent(t -> s.append(": ").append(t));
        if (d.fullView()) {
            d.externalReference().ifPresent(r -> s.append(" — ").append(r));
            d.owningAgency().ifPresent(o -> s.append(", ").append(o));
        }
        return s.toString();
    }
}

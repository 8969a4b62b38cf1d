package org.atoll.regulation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.atoll.ConcurrentEditException;
import org.atoll.InvalidRequestException;
import org.atoll.RecordNotFoundException;
import org.atoll.audit.AuditEvent;
import org.atoll.audit.AuditTrail;
import org.atoll.reference.CountryCode;
import org.atoll.regulation.ArrivalHistory;
import org.atoll.regulation.EligibilityRequest;
import org.atoll.regulation.ImpactCase;
import org.atoll.regulation.ImpactPreview;
import org.atoll.regulation.ImpactReport;
import org.atoll.regulation.NoRegulationInForceException;
import org.atoll.regulation.RegulationHistory;
import org.atoll.regulation.RegulationSet;
import org.atoll.regulation.RegulationSetId;
import org.atoll.regulation.RegulationSetInvalidException;
import org.atoll.regulation.RegulationSetPublished;
import org.atoll.regulation.RegulationSetStatus;
import org.atoll.regulation.Regulations;
import org.atoll.regulation.ValidationReport;
import org.atoll.regulation.internal.JdbcRegulationSetStore.Stored;
import org.atoll.regulation.internal.JdbcRegulationSetStore.Summary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The administrators' cycle on stored regulation sets: draft from the latest version, edit,
 * validate, preview, publish. Every change is audited; a publication is announced as
 * {@link RegulationSetPublished}, and every node follows publications made elsewhere by polling
 * the table (a cheap fingerprint every few seconds) and reloading its in-memory history.
 */
@Service
public class RegulationSetAdministration {

    private static final Logger log = LoggerFactory.getLogger(RegulationSetAdministration.class);
    static final String RECORD = "regulation set";
    static final String AUDIT_TYPE = "REGULATION_SET";

    private final JdbcRegulationSetStore store;
    private final RegulationSetJson json;
    private final RegulationHistory history;
    private final Regulations regulations;
    private final ObjectProvider<ArrivalHistory> arrivals;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DraftItems items = new DraftItems();
    private volatile String fingerprint;

    RegulationSetAdministration(JdbcRegulationSetStore store, RegulationSetJson json, RegulationHistory history,
                                Regulations regulations, ObjectProvider<ArrivalHistory> arrivals, AuditTrail audit,
                                ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.json = json;
        this.history = history;
        this.regulations = regulations;
        this.arrivals = arrivals;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.fingerprint = store.bindingFingerprint();
    }

    public List<Summary> list() {
        return store.summaries();
    }

    public Stored get(RegulationSetId id) {
        return store.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD, id.toString()));
    }

    public String document(RegulationSet set) {
        return json.write(set);
    }

    public Optional<RegulationSet> inForceToday() {
        return regulations.inForceToday();
    }

    public Optional<RegulationSet> inForceOn(LocalDate date) {
        return history.inForceOn(date);
    }

    // --- drafting ---------------------------------------------------------------------------

    @Transactional
    public Stored createDraft(LocalDate effectiveDate) {
        if (effectiveDate == null) {
            throw InvalidRequestException.field("effectiveDate", "Required: the date the new version would take effect");
        }
        refresh();
        RegulationSet draft = regulations.draftNextVersion(effectiveDate);
        store.insert(draft);
        audit.record(AuditEvent.succeeded("REGULATION_DRAFT_CREATED", AUDIT_TYPE, draft.id().toString())
                .withDetails("version " + draft.version() + " drafted from " + draft.basedOn().map(Object::toString).orElse("-")
                        + ", effective " + effectiveDate));
        return get(draft.id());
    }

    /** Replaces a draft's whole content with a document (the API's PUT). */
    @Transactional
    public Stored replaceDraft(RegulationSetId id, String documentJson, long expectedRowVersion) {
        Stored stored = editableDraft(id, expectedRowVersion);
        RegulationSet changed = readDocument(documentJson, "document");
        List<InvalidRequestException.FieldProblem> problems = new ArrayList<>();
        if (!changed.id().equals(stored.set().id())) {
            problems.add(new InvalidRequestException.FieldProblem("document.id", "must stay " + stored.set().id()));
        }
        if (changed.version() != stored.set().version()) {
            problems.add(new InvalidRequestException.FieldProblem("document.version", "must stay " + stored.set().version()));
        }
        if (!changed.basedOn().equals(stored.set().basedOn())) {
            problems.add(new InvalidRequestException.FieldProblem("document.basedOn",
                    "must stay " + stored.set().basedOn().map(Object::toString).orElse("empty")));
        }
        if (changed.status() != RegulationSetStatus.DRAFT) {
            problems.add(new InvalidRequestException.FieldProblem("document.status",
                    "must stay DRAFT: publish with POST .../publish"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems.get(0).field() + " " + problems.get(0).message(), problems);
        }
        return save(changed, expectedRowVersion, "REGULATION_DRAFT_CHANGED", "document replaced");
    }

    /** Adds or replaces one rule of a draft from a form. */
    @Transactional
    public Stored putItem(RegulationSetId id, DraftItems.Kind kind, String originalKey, Map<String, List<String>> form,
                          long expectedRowVersion) {
        Stored stored = editableDraft(id, expectedRowVersion);
        String changed = items.put(json.write(stored.set()), kind, originalKey, form);
        RegulationSet set = readDocument(changed, "item");
        String key = form.getOrDefault(kind.key(), List.of("")).get(0).strip();
        return save(set, expectedRowVersion, "REGULATION_DRAFT_CHANGED",
                (originalKey == null ? "added " : "changed ") + kind.slug() + " " + key
                        + (originalKey != null && !originalKey.equals(key) ? " (was " + originalKey + ")" : ""));
    }

    @Transactional
    public Stored removeItem(RegulationSetId id, DraftItems.Kind kind, String key, long expectedRowVersion) {
        Stored stored = editableDraft(id, expectedRowVersion);
        RegulationSet set = readDocument(items.remove(json.write(stored.set()), kind, key), "item");
        return save(set, expectedRowVersion, "REGULATION_DRAFT_CHANGED", "removed " + kind.slug() + " " + key);
    }

    @Transactional
    public Stored changeHeader(RegulationSetId id, String title, String legalInstrument, LocalDate effectiveDate,
                               long expectedRowVersion) {
        Stored stored = editableDraft(id, expectedRowVersion);
        RegulationSet set = stored.set();
        List<InvalidRequestException.FieldProblem> problems = new ArrayList<>();
        try {
            set.retitle(title);
        } catch (RuntimeException e) {
            problems.add(new InvalidRequestException.FieldProblem("title", "Required"));
        }
        try {
            set.changeLegalInstrument(legalInstrument);
        } catch (RuntimeException e) {
            problems.add(new InvalidRequestException.FieldProblem("legalInstrument", "Required"));
        }
        if (effectiveDate == null) {
            problems.add(new InvalidRequestException.FieldProblem("effectiveDate", "Required"));
        } else {
            set.changeEffectiveDate(effectiveDate);
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems.get(0).field() + ": " + problems.get(0).message(), problems);
        }
        return save(set, expectedRowVersion, "REGULATION_DRAFT_CHANGED",
                "title, instrument, effective date " + effectiveDate);
    }

    @Transactional
    public void deleteDraft(RegulationSetId id, long expectedRowVersion) {
        Stored stored = editableDraft(id, expectedRowVersion);
        try {
            store.deleteDraft(id, expectedRowVersion);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException(RECORD, id.toString(), get(id).rowVersion());
        }
        audit.record(AuditEvent.succeeded("REGULATION_DRAFT_DELETED", AUDIT_TYPE, id.toString())
                .withDetails("draft version " + stored.set().version()));
    }

    // --- checking ---------------------------------------------------------------------------

    /** Validation plus the checks publication today would add (dates, staleness). */
    public ValidationReport validate(RegulationSetId id) {
        refresh();
        return regulations.validate(get(id).set());
    }

    /** A draft's impact on sample travellers and on the arrivals recorded in the last 12 months. */
    public Preview preview(RegulationSetId id, Collection<CountryCode> otherNationalities, int stayDays) {
        if (stayDays < 1) {
            throw InvalidRequestException.field("stayDays", "At least 1 day");
        }
        refresh();
        RegulationSet draft = get(id).set();
        RegulationSet inForce = history.inForceOn(draft.effectiveDate())
                .orElseThrow(() -> InvalidRequestException.field("effectiveDate",
                        new NoRegulationInForceException(draft.effectiveDate()).getMessage()));
        List<ImpactCase> cases = new ArrayList<>(ImpactPreview.sampleCases(inForce, draft, otherNationalities,
                draft.effectiveDate(), stayDays));
        LocalDate today = LocalDate.now(clock);
        List<ImpactCase> recorded = recordedArrivals(draft.effectiveDate(), today.minusMonths(12), today);
        cases.addAll(recorded);
        return new Preview(regulations.previewImpact(draft, cases), cases.size() - recorded.size(), recorded.size(),
                today.minusMonths(12), today);
    }

    /**
     * An impact preview: the report, how many sample travellers and how many recorded arrivals
     * (those of {@code arrivalsFrom}..{@code arrivalsTo}, the last 12 months) it compared.
     */
    public record Preview(ImpactReport report, int sampleCases, int recordedArrivals, LocalDate arrivalsFrom, LocalDate arrivalsTo) {

        /** Says over how many recorded arrivals the draft was compared, or that none are recorded yet. */
        public String recordedArrivalsSummary() {
            if (recordedArrivals == 0) {
                return "No arrivals recorded yet between " + arrivalsFrom + " and " + arrivalsTo
                        + ": the comparison covers the " + sampleCases + " sample travellers only.";
            }
            return "Over " + recordedArrivals + " recorded arrival" + (recordedArrivals == 1 ? "" : "s")
                    + " of the last 12 months (" + arrivalsFrom + " to " + arrivalsTo + "), and " + sampleCases
                    + " sample travellers.";
        }
    }

    private List<ImpactCase> recordedArrivals(LocalDate effectiveDate, LocalDate from, LocalDate to) {
        ArrivalHistory history = arrivals.getIfAvailable();
        if (history == null) {
            return List.of();
        }
        List<ImpactCase> cases = new ArrayList<>();
        for (EligibilityRequest arrival : history.arrivalsBetween(from, to)) {
            // the same traveller and document, as if arriving on the day the draft takes effect
            cases.add(new ImpactCase("recorded arrival " + arrival.arrivalDate() + " " + arrival.nationality() + " "
                    + arrival.purpose().name().toLowerCase(java.util.Locale.ROOT),
                    arrival.toBuilder().arrivalDate(effectiveDate).build()));
        }
        return cases;
    }

    // --- publishing -------------------------------------------------------------------------

    /**
     * Publishes a draft today, taking effect on its effective date (changed first when one is given).
     *
     * @throws RegulationSetInvalidException with every error when the draft fails validation
     */
    @Transactional
    public RegulationSetPublished publish(RegulationSetId id, long expectedRowVersion, LocalDate effectiveDate) {
        refresh();
        Stored stored = editableDraft(id, expectedRowVersion);
        RegulationSet draft = stored.set();
        if (effectiveDate != null) {
            draft.changeEffectiveDate(effectiveDate);
        }
        ValidationReport report = regulations.validate(draft);
        if (!report.isClean()) {
            audit.record(AuditEvent.failed("REGULATION_SET_PUBLISHED", AUDIT_TYPE, id.toString())
                    .withDetails(report.errors().size() + " validation errors"));
            throw new RegulationSetInvalidException(report);
        }
        Optional<RegulationSet> previous = history.latest();
        Optional<Long> previousRowVersion = previous.map(p -> get(p.id()).rowVersion());
        RegulationSetPublished published = regulations.publish(draft);
        reloadIfRolledBack();
        try {
            store.update(draft, expectedRowVersion);
            if (previous.isPresent()) {
                store.update(previous.get(), previousRowVersion.get());
            }
        } catch (OptimisticLockingFailureException e) {
            reload();
            throw new ConcurrentEditException(RECORD, id.toString(), get(id).rowVersion());
        }
        audit.record(AuditEvent.succeeded("REGULATION_SET_PUBLISHED", AUDIT_TYPE, id.toString())
                .withDetails("version " + published.version() + " effective " + published.effectiveDate()
                        + published.supersedes().map(s -> ", supersedes " + s).orElse("")));
        events.publishEvent(published);
        return published;
    }

    // --- following other nodes ----------------------------------------------------------------

    /** Reloads the in-memory history when the stored binding versions changed (another node published). */
    @Scheduled(fixedDelayString = "${atoll.regulation.refresh-millis:5000}", initialDelayString = "${atoll.regulation.refresh-millis:5000}")
    public void refresh() {
        String current = store.bindingFingerprint();
        if (!Objects.equals(current, fingerprint)) {
            reload();
        }
    }

    private void reload() {
        history.reloadFrom(store.findBinding());
        fingerprint = store.bindingFingerprint();
        log.info("Regulation history reloaded: {} published versions", history.versions().size());
    }

    private void reloadIfRolledBack() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_COMMITTED) {
                        fingerprint = store.bindingFingerprint();
                    } else {
                        reload();
                    }
                }
            });
        }
    }

    // --- helpers ------------------------------------------------------------------------------

    private Stored editableDraft(RegulationSetId id, long expectedRowVersion) {
        Stored stored = get(id);
        if (!stored.set().status().isEditable()) {
            throw InvalidRequestException.field("status", "Version " + stored.set().version() + " is "
                    + stored.set().status() + " and cannot change; create a new draft from the latest version");
        }
        if (stored.rowVersion() != expectedRowVersion) {
            throw new ConcurrentEditException(RECORD, id.toString(), stored.rowVersion());
        }
        return stored;
    }

    private RegulationSet readDocument(String documentJson, String field) {
        try {
            return json.read(documentJson);
        } catch (RegulationDocumentException e) {
            throw InvalidRequestException.field(field, e.getMessage());
        }
    }

    private Stored save(RegulationSet set, long expectedRowVersion, String action, String details) {
        try {
            store.update(set, expectedRowVersion);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException(RECORD, set.id().toString(), get(set.id()).rowVersion());
        }
        audit.record(AuditEvent.succeeded(action, AUDIT_TYPE, set.id().toString()).withDetails(details));
        return get(set.id());
    }
}

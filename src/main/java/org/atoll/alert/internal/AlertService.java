package org.atoll.alert.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.atoll.ConcurrentEditException;
import org.atoll.InvalidRequestException;
import org.atoll.InvalidRequestException.FieldProblem;
import org.atoll.RecordNotFoundException;
import org.atoll.access.Agencies;
import org.atoll.access.AgencyCode;
import org.atoll.alert.AlertChanged;
import org.atoll.alert.model.Alert;
import org.atoll.alert.model.AlertContent;
import org.atoll.alert.model.AlertFields;
import org.atoll.alert.model.AlertFieldsReader;
import org.atoll.alert.model.AlertId;
import org.atoll.alert.model.AlertLink;
import org.atoll.alert.model.AlertStatus;
import org.atoll.alert.model.StatusChangePolicy;
import org.atoll.audit.AuditEvent;
import org.atoll.audit.AuditTrail;
import org.atoll.reference.ReferenceData;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alert records: create, read, revise, change status, renew the review, search, history. Every
 * read and change is audited; an alert the caller's agency may not see answers as if it did not exist.
 */
@Service
public class AlertService {

    static final String RECORD = "alert";

    private final AlertRepository alerts;
    private final ReferenceData reference;
    private final Agencies agencies;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final AlertProperties properties;
    private final Clock clock;

    AlertService(AlertRepository alerts, ReferenceData reference, Agencies agencies, AuditTrail audit,
                 ApplicationEventPublisher events, AlertProperties properties, Clock clock) {
        this.alerts = alerts;
        this.reference = reference;
        this.agencies = agencies;
        this.audit = audit;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    AlertFieldsReader.Rules rules() {
        return new AlertFieldsReader.Rules(today(), reference, agencies::isActive, properties.maxReviewPeriod());
    }

    @Transactional
    public Alert create(AlertFields fields, String initialStatus, Viewer viewer) {
        requireManager(viewer);
        AgencyCode own = viewer.agency().orElseThrow();
        if (fields == null) {
            throw InvalidRequestException.field("kind", "Send the alert's fields.");
        }
        fields = withOwner(fields, own);
        List<FieldProblem> problems = new ArrayList<>();
        if (!own.value().equals(fields.owningAgency())) {
            problems.add(new FieldProblem("owningAgency", "You create alerts for your own agency, " + own + "."));
        }
        AlertStatus status = AlertStatus.DRAFT;
        if (initialStatus != null && !initialStatus.isBlank()) {
            try {
                status = AlertStatus.valueOf(initialStatus.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                status = null;
            }
            if (status != AlertStatus.DRAFT && status != AlertStatus.ACTIVE) {
                problems.add(new FieldProblem("status", "A new alert is DRAFT or ACTIVE."));
            }
        }
        AlertFieldsReader.Result read = AlertFieldsReader.read(fields, rules());
        problems.addAll(read.problems());
        if (read.content() != null) {
            problems.addAll(checkReferenceFree(read.content(), null));
            problems.addAll(checkLinks(read.content(), null, viewer));
        }
        reject(problems);
        Instant now = clock.instant();
        Alert draft = Alert.create(AlertId.random(), Alert.OWN_SOURCE, read.content(), AlertStatus.DRAFT, viewer.name(), now);
        if (status == AlertStatus.ACTIVE) {
            var outcome = StatusChangePolicy.check(draft, AlertStatus.ACTIVE, today());
            if (!outcome.allowed()) {
                throw InvalidRequestException.field("status", outcome.reason());
            }
            draft = Alert.create(draft.id(), draft.source(), draft.content(), AlertStatus.ACTIVE, viewer.name(), now);
        }
        store(draft, "CREATED", List.of(), "created", viewer);
        audit.record(AuditEvent.succeeded("ALERT_CREATED", RECORD, draft.id().toString())
                .withDetails(draft.status() + " " + draft.content().kind() + " " + draft.content().externalReference()));
        return draft;
    }

    /** Reads an alert for display or editing: audited; 404 when the caller's agency may not see it. */
    @Transactional(readOnly = true)
    public Alert read(AlertId id, Viewer viewer) {
        Alert alert = visible(id, viewer, "ALERT_READ");
        audit.record(AuditEvent.succeeded("ALERT_READ", RECORD, id.toString()));
        return alert;
    }

    @Transactional
    public Alert revise(AlertId id, AlertFields fields, Long version, String changeReason, Viewer viewer) {
        Alert current = visible(id, viewer, "ALERT_CHANGE");
        requireOwner(current, viewer);
        if (fields == null) {
            throw InvalidRequestException.field("kind", "Send the alert's fields.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (version == null) {
            problems.add(new FieldProblem("version", "Send the version you read, so that concurrent edits are detected."));
        }
        if (changeReason == null || changeReason.isBlank()) {
            problems.add(new FieldProblem("changeReason", "Say why the alert changes; the history keeps it."));
        } else if (changeReason.length() > 1000) {
            problems.add(new FieldProblem("changeReason", "At most 1000 characters."));
        }
        fields = withOwner(fields, current.content().owningAgency());
        if (!current.content().owningAgency().value().equals(fields.owningAgency())) {
            problems.add(new FieldProblem("owningAgency", "The owning agency of an alert does not change."));
        }
        if (fields.kind() != null && !fields.kind().equalsIgnoreCase(current.kind().name())) {
            problems.add(new FieldProblem("kind", "A " + current.kind() + " alert stays one; create a new alert instead."));
        }
        if (!current.status().editable()) {
            problems.add(new FieldProblem("status", "A " + current.status() + " alert cannot be changed."));
        }
        AlertFieldsReader.Result read = AlertFieldsReader.read(fields, rules());
        problems.addAll(read.problems());
        if (read.content() != null) {
            problems.addAll(checkReferenceFree(read.content(), current));
            problems.addAll(checkLinks(read.content(), current.id(), viewer));
        }
        reject(problems);
        if (version != current.version()) {
            throw new ConcurrentEditException(RECORD, id.toString(), current.version());
        }
        if (read.content().equals(current.content())) {
            return current;
        }
        Alert next = current.revise(read.content(), viewer.name(), clock.instant());
        List<String> changed = next.content().changedFrom(current.content());
        update(current, next, "REVISED", changed, changeReason.strip(), viewer);
        audit.record(AuditEvent.succeeded("ALERT_CHANGED", RECORD, id.toString())
                .withPurpose(changeReason.strip()).withDetails("version " + next.version() + ": " + String.join(", ", changed)));
        return next;
    }

    @Transactional
    public Alert changeStatus(AlertId id, String target, String reason, Long version, Viewer viewer) {
        Alert current = visible(id, viewer, "ALERT_STATUS_CHANGE");
        requireOwner(current, viewer);
        List<FieldProblem> problems = new ArrayList<>();
        AlertStatus to = null;
        try {
            to = AlertStatus.valueOf(target == null ? "" : target.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("status", "Choose one of DRAFT, ACTIVE, EXPIRED, WITHDRAWN."));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new FieldProblem("reason", "Say why the status changes; the history keeps it."));
        } else if (reason.length() > 1000) {
            problems.add(new FieldProblem("reason", "At most 1000 characters."));
        }
        if (version == null) {
            problems.add(new FieldProblem("version", "Send the version you read, so that concurrent edits are detected."));
        }
        reject(problems);
        if (version != current.version()) {
            throw new ConcurrentEditException(RECORD, id.toString(), current.version());
        }
        var outcome = StatusChangePolicy.check(current, to, today());
        if (!outcome.allowed()) {
            throw InvalidRequestException.field("status", outcome.reason());
        }
        Alert next = current.moveTo(to, viewer.name(), clock.instant());
        update(current, next, "STATUS", List.of("status"), reason.strip(), viewer);
        audit.record(AuditEvent.succeeded("ALERT_STATUS_CHANGED", RECORD, id.toString())
                .withPurpose(reason.strip()).withDetails(current.status() + " -> " + to + ", version " + next.version()));
        return next;
    }

    /** Records that the owning agency reviewed the alert and it still holds, until the next review date. */
    @Transactional
    public Alert renewReview(AlertId id, String nextReviewDate, String note, Long version, Viewer viewer) {
        Alert current = visible(id, viewer, "ALERT_REVIEW");
        requireOwner(current, viewer);
        List<FieldProblem> problems = new ArrayList<>();
        if (current.status() != AlertStatus.ACTIVE && current.status() != AlertStatus.DRAFT) {
            problems.add(new FieldProblem("status", "Only active and draft alerts are reviewed; this one is " + current.status() + "."));
        }
        if (note == null || note.isBlank()) {
            problems.add(new FieldProblem("note", "Say what the review found; the history keeps it."));
        }
        if (version == null) {
            problems.add(new FieldProblem("version", "Send the version you read, so that concurrent edits are detected."));
        }
        LocalDate next = null;
        try {
            next = LocalDate.parse(nextReviewDate == null ? "" : nextReviewDate.strip());
            if (!next.isAfter(today())) {
                problems.add(new FieldProblem("nextReviewDate", "The next review lies after today."));
            }
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(new FieldProblem("nextReviewDate", "Give the next review date (YYYY-MM-DD)."));
        }
        reject(problems);
        AlertFields fields = current.content().toFields();
        AlertFields renewed = new AlertFields(fields.kind(), fields.externalReference(), fields.category(), fields.reason(),
                fields.legalBasis(), fields.owningAgency(), fields.actionOnHit(), fields.contact(), fields.warningMarkers(),
                fields.links(), fields.validFrom(), fields.validUntil(), next.toString(), fields.sensitivity(),
                fields.sharedWith(), fields.sharedInFull(), fields.person(), fields.document());
        AlertFieldsReader.Result read = AlertFieldsReader.read(renewed, rules());
        reject(read.problems().stream().map(p -> p.field().equals("reviewDate") ? new FieldProblem("nextReviewDate", p.message()) : p).toList());
        if (version != current.version()) {
            throw new ConcurrentEditException(RECORD, id.toString(), current.version());
        }
        Alert reviewed = current.revise(read.content(), viewer.name(), clock.instant());
        update(current, reviewed, "REVIEWED", List.of("reviewDate"), note.strip(), viewer);
        audit.record(AuditEvent.succeeded("ALERT_REVIEWED", RECORD, id.toString()).withPurpose(note.strip())
                .withDetails("next review " + next));
        return reviewed;
    }

    @Transactional(readOnly = true)
    public List<AlertVersion> history(AlertId id, Viewer viewer) {
        visible(id, viewer, "ALERT_HISTORY_READ");
        audit.record(AuditEvent.succeeded("ALERT_HISTORY_READ", RECORD, id.toString()));
        return alerts.history(id);
    }

    public record Search(String text, String status, String category, String agency, String kind) {
    }

    @Transactional(readOnly = true)
    public List<AlertSummary> search(Search search, Viewer viewer, int limit) {
        return search(search, viewer, limit, 0);
    }

    /** One page of the search: {@code limit} alerts after the first {@code offset}. */
    @Transactional(readOnly = true)
    public List<AlertSummary> search(Search search, Viewer viewer, int limit, int offset) {
        List<FieldProblem> problems = new ArrayList<>();
        AlertStatus status = parseFilter("status", search.status(), AlertStatus.class, problems);
        var category = parseFilter("category", search.category(), org.atoll.alert.model.AlertCategory.class, problems);
        var kind = parseFilter("kind", search.kind(), org.atoll.alert.model.AlertKind.class, problems);
        String agency = null;
        if (search.agency() != null && !search.agency().isBlank()) {
            try {
                agency = AgencyCode.of(search.agency()).value();
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("agency", "An agency code, e.g. POLICE."));
            }
        }
        if (search.text() != null && search.text().length() > 200) {
            problems.add(new FieldProblem("q", "At most 200 characters."));
        }
        reject(problems);
        var found = alerts.search(new AlertRepository.Filter(search.text(), status,
                category == null ? null : category.name(), agency, kind == null ? null : kind.name()), viewer.agency(), limit,
                Math.max(0, offset));
        audit.record(AuditEvent.succeeded("ALERT_SEARCHED", RECORD, null)
                .withDetails("q=" + (search.text() == null ? "" : search.text()) + " status=" + status + " category=" + category
                        + " agency=" + agency + " kind=" + kind + " from " + Math.max(0, offset) + ": " + found.size() + " alerts"));
        return found;
    }

    /** The viewer's agency's alerts whose review is due within the configured horizon (or overdue). */
    @Transactional(readOnly = true)
    public List<AlertSummary> reviewQueue(Viewer viewer) {
        AgencyCode agency = viewer.agency().orElseThrow(() -> new AccessDeniedException("The review queue is an agency's"));
        var due = alerts.dueForReview(agency, today().plus(properties.reviewHorizon()));
        audit.record(AuditEvent.succeeded("ALERT_REVIEW_QUEUE_READ", RECORD, null)
                .withDetails(agency + ": " + due.size() + " alerts due"));
        return due;
    }

    /** Expires active alerts whose validity has ended (run daily by {@link AlertExpiry}). */
    @Transactional
    public int expireEnded(Viewer system) {
        int expired = 0;
        for (AlertId id : alerts.activeEndedBefore(today())) {
            Alert current = alerts.find(id).orElse(null);
            if (current == null || current.status() != AlertStatus.ACTIVE) continue;
            Alert next = current.moveTo(AlertStatus.EXPIRED, system.name(), clock.instant());
            if (alerts.update(next, current.version(), version(next, "STATUS", List.of("status"),
                    "validity ended on " + current.content().validUntil(), system))) {
                publish(next);
                audit.record(org.atoll.audit.AuditActor.SYSTEM, AuditEvent.succeeded("ALERT_EXPIRED", RECORD, id.toString())
                        .withDetails("validity ended on " + current.content().validUntil()));
                expired++;
            }
        }
        return expired;
    }

    // ---- used by the import, within its transaction ----

    Optional<Alert> findForImport(String source, AgencyCode owner, String reference) {
        return Alert.OWN_SOURCE.equals(source) ? alerts.findByReference(source, owner, reference)
                : alerts.findByListReference(source, reference);
    }

    void storeImported(Alert alert, String how, Viewer viewer) {
        store(alert, how, List.of(), how.toLowerCase(java.util.Locale.ROOT), viewer);
    }

    void updateImported(Alert current, Alert next, String note, Viewer viewer) {
        update(current, next, "IMPORTED", next.content().changedFrom(current.content()), note, viewer);
    }

    List<Alert> listAlertsNotWithdrawn(String source, AgencyCode owner) {
        return alerts.listAlertsNotWithdrawn(source, owner);
    }

    /** Withdraws an alert whose person the list no longer names (change kind {@code DELISTED}). */
    Alert withdrawDelisted(Alert current, String reason, Viewer viewer) {
        Alert next = current.moveTo(AlertStatus.WITHDRAWN, viewer.name(), clock.instant());
        update(current, next, AlertImportService.DELISTED, List.of("status"), reason, viewer);
        return next;
    }

    /** How the alert came to be as it is: the history record of its current version. */
    Optional<AlertVersion> currentVersionRecord(Alert alert) {
        return alerts.version(alert.id(), alert.version());
    }

    /**
     * Brings back an alert withdrawn as delisted whose person the list names again: the next
     * version, active, with the list's content now (change kind {@code RELISTED}).
     */
    Alert relist(Alert current, AlertContent listed, String reason, Viewer viewer) {
        Alert next = current.relist(listed, viewer.name(), clock.instant());
        List<String> changed = new ArrayList<>();
        changed.add("status");
        changed.addAll(listed.changedFrom(current.content()));
        update(current, next, "RELISTED", changed, reason, viewer);
        return next;
    }

    // ---- internals ----

    Alert visible(AlertId id, Viewer viewer, String action) {
        Alert alert = alerts.find(id).orElseThrow(() -> new RecordNotFoundException(RECORD, id.toString()));
        if (!viewer.mayRead(alert.content())) {
            audit.record(AuditEvent.denied(action, RECORD, id.toString()).withDetails("not shared with " + viewer.agencyCode()));
            throw new RecordNotFoundException(RECORD, id.toString());
        }
        return alert;
    }

    private void store(Alert alert, String changeKind, List<String> changed, String reason, Viewer viewer) {
        alerts.insert(alert, version(alert, changeKind, changed, reason, viewer));
        publish(alert);
    }

    private void update(Alert current, Alert next, String changeKind, List<String> changed, String reason, Viewer viewer) {
        if (!alerts.update(next, current.version(), version(next, changeKind, changed, reason, viewer))) {
            long stored = alerts.find(current.id()).map(Alert::version).orElse(current.version());
            throw new ConcurrentEditException(RECORD, current.id().toString(), stored);
        }
        publish(next);
    }

    private AlertVersion version(Alert alert, String kind, List<String> changed, String reason, Viewer viewer) {
        return new AlertVersion(alert.id(), alert.version(), alert.status(), kind, changed, reason,
                alert.content().toFields(), viewer.name(), viewer.agencyCode(), alert.updatedAt());
    }

    private void publish(Alert alert) {
        events.publishEvent(new AlertChanged(alert.id().value(), alert.version(), alert.status().name(),
                alert.content().owningAgency().value(), alert.updatedAt()));
    }

    private static void requireManager(Viewer viewer) {
        if (viewer.agency().isEmpty() || !viewer.roles().contains(org.atoll.access.Role.ALERT_MANAGER)) {
            throw new AccessDeniedException("Alert managers create alerts");
        }
    }

    private static void requireOwner(Alert alert, Viewer viewer) {
        if (!viewer.manages(alert.content())) {
            throw new AccessDeniedException("Only alert managers of the owning agency change an alert");
        }
    }

    private List<FieldProblem> checkReferenceFree(AlertContent content, Alert current) {
        var existing = alerts.findByReference(current == null ? Alert.OWN_SOURCE : current.source(), content.owningAgency(),
                content.externalReference());
        if (existing.isPresent() && (current == null || !existing.get().id().equals(current.id()))) {
            return List.of(new FieldProblem("externalReference", "Your agency's alert " + existing.get().id()
                    + " has the reference " + content.externalReference() + " already."));
        }
        return List.of();
    }

    private List<FieldProblem> checkLinks(AlertContent content, AlertId self, Viewer viewer) {
        List<FieldProblem> problems = new ArrayList<>();
        List<AlertLink> links = content.links();
        var found = alerts.findAll(links.stream().map(AlertLink::alertId).toList());
        for (int i = 0; i < links.size(); i++) {
            AlertId target = links.get(i).alertId();
            boolean ok = !target.equals(self) && found.stream().anyMatch(a -> a.id().equals(target) && viewer.mayRead(a.content()));
            if (!ok) {
                problems.add(new FieldProblem("links[" + i + "].alertId", "There is no alert " + target + " you may link to."));
            }
        }
        return problems;
    }

    private static AlertFields withOwner(AlertFields f, AgencyCode owner) {
        if (f == null || (f.owningAgency() != null && !f.owningAgency().isBlank())) {
            return f;
        }
        return new AlertFields(f.kind(), f.externalReference(), f.category(), f.reason(), f.legalBasis(), owner.value(),
                f.actionOnHit(), f.contact(), f.warningMarkers(), f.links(), f.validFrom(), f.validUntil(), f.reviewDate(),
                f.sensitivity(), f.sharedWith(), f.sharedInFull(), f.person(), f.document());
    }

    private static <E extends Enum<E>> E parseFilter(String field, String value, Class<E> type, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) return null;
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "Not a known " + field + ": " + value));
            return null;
        }
    }

    static void reject(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems.size() == 1 ? problems.get(0).field() + ": " + problems.get(0).message()
                    : "The alert has " + problems.size() + " problems.", problems);
        }
    }
}

package org.atoll.incident.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.atoll.ConcurrentEditException;
import org.atoll.InvalidRequestException;
import org.atoll.RecordNotFoundException;
import org.atoll.access.AgencyCode;
import org.atoll.access.OfficerIdentity;
import org.atoll.audit.AuditEvent;
import org.atoll.audit.AuditTrail;
import org.atoll.incident.IncidentId;
import org.atoll.incident.IncidentReported;
import org.atoll.incident.domain.Incident;
import org.atoll.incident.domain.IncidentStatus;
import org.atoll.incident.domain.IncidentTask;
import org.atoll.incident.domain.IncidentTypeCode;
import org.atoll.incident.domain.IncidentVisibility;
import org.atoll.incident.domain.LinkKind;
import org.atoll.incident.domain.RecordLink;
import org.atoll.incident.domain.Severity;
import org.atoll.incident.domain.StatusChangePolicy;
import org.atoll.incident.internal.IncidentRepository.IncidentFilter;
import org.atoll.incident.internal.IncidentRepository.LogEntry;
import org.atoll.reference.PortCode;
import org.atoll.reference.ReferenceData;
import org.atoll.alert.AlertProposals;
import org.atoll.visa.VisaNumber;
import org.atoll.visa.VisaRevocationProposals;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incidents as officers work on them. Every read and change is audited; an incident the officer
 * may not see is answered exactly like one that does not exist.
 */
@Service
public class IncidentService {

    public record Details(String type, Instant occurredAt, String port, String place, String description,
                          Severity severity, String leadAgency, Set<String> participatingAgencies) {
    }

    public record IncidentView(Incident incident, String typeLabel, List<RecordLink> links, List<IncidentTask> tasks,
                               List<LogEntry> log) {
    }

    private final IncidentRepository repository;
    private final AuditTrail audit;
    private final ReferenceData reference;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LinkTargets linkTargets;
    private final IncidentMailer mailer;
    private final AlertProposals alertProposals;
    private final VisaRevocationProposals revocationProposals;
    private final IncidentVisibility visibility = new IncidentVisibility();
    private final StatusChangePolicy statusPolicy = new StatusChangePolicy();

    IncidentService(IncidentRepository repository, AuditTrail audit, ReferenceData reference,
                    ApplicationEventPublisher events, Clock clock, LinkTargets linkTargets, IncidentMailer mailer,
                    AlertProposals alertProposals, VisaRevocationProposals revocationProposals) {
        this.linkTargets = linkTargets;
        this.mailer = mailer;
        this.alertProposals = alertProposals;
        this.revocationProposals = revocationProposals;
        this.repository = repository;
        this.audit = audit;
        this.reference = reference;
        this.events = events;
        this.clock = clock;
    }

    public List<IncidentRepository.IncidentType> types() {
        return repository.types();
    }

    @Transactional
    public void addType(String code, String label) {
        if (label == null || label.isBlank()) {
            throw InvalidRequestException.field("label", "A type needs a label");
        }
        IncidentTypeCode c = parse("code", () -> IncidentTypeCode.of(code));
        if (!repository.addType(c, label.trim())) {
            throw InvalidRequestException.field("code", "The type " + c + " exists already");
        }
        audit.record(AuditEvent.succeeded("INCIDENT_TYPE_ADDED", "incident-type", c.value()));
    }

    @Transactional
    public Incident report(OfficerIdentity officer, Details d) {
        Instant now = clock.instant();
        Parsed p = parseDetails(d, officer.agency());
        Incident incident;
        try {
            incident = Incident.report(IncidentId.random(), p.type, p.occurredAt, p.port, d.place(), officer.username(),
                    officer.agency(), d.description(), p.severity, p.lead, p.participating, now);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage(), List.of(new InvalidRequestException.FieldProblem(
                    e.getMessage().contains("description") ? "description" : "occurredAt", e.getMessage())));
        }
        repository.insert(incident);
        repository.log(incident.id(), now, officer.username(), "REPORTED",
                "Reported by " + officer.username() + " (" + officer.agency() + ")");
        for (AgencyCode a : incident.agencies()) {
            if (!a.equals(officer.agency())) {
                notify(a, null, incident.id(), "New incident for " + a + ": " + p.typeLabel, now, "a new incident for your agency");
            }
        }
        audit.record(AuditEvent.succeeded("INCIDENT_REPORTED", "incident", incident.id().toString())
                .withDetails("type=" + incident.type() + " lead=" + incident.leadAgency()));
        events.publishEvent(new IncidentReported(incident.id(), incident.type().value(), incident.leadAgency().value(),
                incident.port() == null ? null : incident.port().value(), now));
        return incident;
    }

    @Transactional
    public IncidentView read(OfficerIdentity officer, IncidentId id) {
        Incident incident = visible(officer, id, "INCIDENT_READ");
        audit.record(AuditEvent.succeeded("INCIDENT_READ", "incident", id.toString()));
        return view(incident);
    }

    IncidentView view(Incident incident) {
        String label = repository.type(incident.type()).map(IncidentRepository.IncidentType::label)
                .orElse(incident.type().value());
        return new IncidentView(incident, label, repository.links(IncidentRepository.OWNER_INCIDENT, incident.id().value()),
                repository.tasks(incident.id()), repository.log(incident.id()));
    }

    @Transactional
    public List<Incident> list(OfficerIdentity officer, IncidentFilter filter) {
        List<Incident> found = repository.visible(officer.username(), officer.agency(), filter);
        audit.record(AuditEvent.succeeded("INCIDENT_LISTED", "incident", null)
                .withDetails(filter + " results=" + found.size()));
        return found;
    }

    /** Today by the service's clock: the day before which an open task is overdue. */
    public java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    public String typeLabel(IncidentTypeCode code) {
        return repository.type(code).map(IncidentRepository.IncidentType::label).orElse(code.value());
    }

    @Transactional
    public Incident update(OfficerIdentity officer, IncidentId id, long expectedVersion, Details d) {
        Incident current = visible(officer, id, "INCIDENT_UPDATED");
        checkVersion(current, expectedVersion);
        Parsed p = parseDetails(d, current.leadAgency());
        Incident next;
        try {
            next = current.withDetails(p.type, p.occurredAt, p.port, d.place(), d.description(), p.severity, p.lead,
                    p.participating);
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.field("description", e.getMessage());
        }
        save(next);
        Instant now = clock.instant();
        repository.log(id, now, officer.username(), "UPDATED", "Details changed by " + officer.username());
        for (AgencyCode a : next.agencies()) {
            if (!current.agencies().contains(a)) {
                notify(a, null, id, "Your agency was added to an incident: " + p.typeLabel, now, "your agency was added to an incident");
            }
        }
        audit.record(AuditEvent.succeeded("INCIDENT_UPDATED", "incident", id.toString()));
        return repository.find(id).orElseThrow();
    }

    @Transactional
    public Incident changeStatus(OfficerIdentity officer, IncidentId id, Long expectedVersion, String target, String reason) {
        Incident current = visible(officer, id, "INCIDENT_STATUS_CHANGED");
        if (expectedVersion != null) {
            checkVersion(current, expectedVersion);
        }
        IncidentStatus to = parse("status", () -> IncidentStatus.valueOf(target == null ? "" : target.trim().toUpperCase()));
        StatusChangePolicy.Outcome outcome = statusPolicy.check(current.status(), to, reason);
        if (!outcome.allowed()) {
            throw InvalidRequestException.field(to == IncidentStatus.REOPENED ? "reason" : "status", outcome.reason());
        }
        save(current.withStatus(to));
        Instant now = clock.instant();
        String text = current.status() + " → " + to + (reason == null || reason.isBlank() ? "" : ": " + reason.trim());
        repository.log(id, now, officer.username(), "STATUS", text);
        notifyAgencies(current, officer, "Incident status changed: " + text, now);
        audit.record(AuditEvent.succeeded("INCIDENT_STATUS_CHANGED", "incident", id.toString()).withDetails(text));
        return repository.find(id).orElseThrow();
    }

    @Transactional
    public IncidentTask addTask(OfficerIdentity officer, IncidentId id, String title, String agency, String assignedOfficer,
                                LocalDate dueDate) {
        Incident incident = visible(officer, id, "INCIDENT_TASK_ASSIGNED");
        AgencyCode to = parse("assignedAgency", () -> new AgencyCode(agency == null ? "" : agency.trim().toUpperCase()));
        Instant now = clock.instant();
        IncidentTask task;
        try {
            task = new IncidentTask(UUID.randomUUID(), id, title == null ? null : title.trim(), to, assignedOfficer,
                    dueDate, officer.username(), now, null, null, null);
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.field("title", e.getMessage());
        }
        if (!incident.agencies().contains(to)) {
            // Assigning work to an agency makes it a participant: it cannot work on what it cannot see.
            save(incident.withDetails(incident.type(), incident.occurredAt(), incident.port(), incident.place(),
                    incident.description(), incident.severity(), incident.leadAgency(),
                    union(incident.participatingAgencies(), to)));
            repository.log(id, now, officer.username(), "PARTICIPANT", to + " joined as a participating agency");
        }
        repository.insert(task);
        String due = task.dueDate() == null ? "" : ", due " + task.dueDate();
        repository.log(id, now, officer.username(), "TASK", "Task for " + to
                + (task.assignedOfficer() == null ? "" : " (" + task.assignedOfficer() + ")") + ": " + task.title() + due);
        notify(to, task.assignedOfficer(), id, "Task assigned to you: " + task.title() + due, now, "a task was assigned to you");
        audit.record(AuditEvent.succeeded("INCIDENT_TASK_ASSIGNED", "incident", id.toString())
                .withDetails("task=" + task.id() + " to=" + to));
        return task;
    }

    @Transactional
    public IncidentTask completeTask(OfficerIdentity officer, IncidentId id, UUID taskId, String outcomeText) {
        Incident incident = visible(officer, id, "INCIDENT_TASK_COMPLETED");
        IncidentTask task = repository.tasks(id).stream().filter(t -> t.id().equals(taskId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("task", taskId.toString()));
        if (!task.canBeCompletedBy(officer)) {
            audit.record(AuditEvent.denied("INCIDENT_TASK_COMPLETED", "incident", id.toString()).withDetails("task=" + taskId));
            throw new org.springframework.security.access.AccessDeniedException("Only the assignee can complete this task");
        }
        if (task.isDone()) {
            throw InvalidRequestException.field("task", "The task was already completed by " + task.completedBy());
        }
        Instant now = clock.instant();
        IncidentTask done = task.complete(officer.username(), now, outcomeText);
        if (!repository.complete(done)) {
            throw InvalidRequestException.field("task", "The task was already completed");
        }
        repository.log(id, now, officer.username(), "TASK_DONE", "Task completed: " + task.title()
                + (done.outcome() == null ? "" : " — " + done.outcome()));
        notifyAgencies(incident, officer, "Task completed: " + task.title(), now);
        audit.record(AuditEvent.succeeded("INCIDENT_TASK_COMPLETED", "incident", id.toString()).withDetails("task=" + taskId));
        return done;
    }

    @Transactional
    public RecordLink addLink(OfficerIdentity officer, IncidentId id, RecordLink link) {
        visible(officer, id, "INCIDENT_LINKED");
        if (link.kind() == LinkKind.INCIDENT) {
            IncidentId target = parse("targetId", () -> new IncidentId(UUID.fromString(link.targetId())));
            boolean known = repository.find(target).filter(t -> visibility.canSee(officer, t)).isPresent();
            if (!known || target.equals(id)) {
                throw InvalidRequestException.field("targetId", "No incident " + link.targetId() + " to link to");
            }
        } else {
            linkTargets.check(officer, link, "targetId");
        }
        Instant now = clock.instant();
        repository.addLink(IncidentRepository.OWNER_INCIDENT, id.value(), link, officer.username(), now);
        repository.log(id, now, officer.username(), "LINK", "Linked " + link.label());
        audit.record(AuditEvent.succeeded("INCIDENT_LINKED", "incident", id.toString()).withDetails(link.kind() + ""));
        return link;
    }

    /** Photos and scans: at most this many bytes each. */
    public static final int MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

    public record Attachment(IncidentRepository.AttachmentInfo info, byte[] content) {
    }

    @Transactional
    public IncidentRepository.AttachmentInfo attach(OfficerIdentity officer, IncidentId id, String filename, byte[] content) {
        visible(officer, id, "INCIDENT_ATTACHMENT_ADDED");
        if (content == null || content.length == 0) {
            throw InvalidRequestException.field("file", "The file is empty");
        }
        if (content.length > MAX_ATTACHMENT_BYTES) {
            throw InvalidRequestException.field("file", "A file may have at most " + MAX_ATTACHMENT_BYTES / (1024 * 1024) + " MB");
        }
        var type = org.atoll.incident.domain.AttachmentType.detect(content).orElseThrow(() ->
                InvalidRequestException.field("file", "Only JPEG or PNG photos and PDF or TIFF scans are accepted"));
        String name = filename == null || filename.isBlank() ? "attachment." + type.extension()
                : filename.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        name = name.length() > 200 ? name.substring(name.length() - 200) : name;
        Instant now = clock.instant();
        var info = new IncidentRepository.AttachmentInfo(UUID.randomUUID(), name, type.mediaType(), content.length,
                officer.username(), now);
        repository.addAttachment(id, info, content);
        repository.log(id, now, officer.username(), "ATTACHMENT", "Attached " + name + " (" + type.mediaType() + ")");
        audit.record(AuditEvent.succeeded("INCIDENT_ATTACHMENT_ADDED", "incident", id.toString())
                .withDetails("attachment=" + info.id() + " type=" + type.mediaType() + " bytes=" + content.length));
        return info;
    }

    @Transactional
    public Attachment attachment(OfficerIdentity officer, IncidentId id, UUID attachmentId) {
        visible(officer, id, "INCIDENT_ATTACHMENT_READ");
        var info = repository.attachments(id).stream().filter(a -> a.id().equals(attachmentId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("attachment", attachmentId.toString()));
        byte[] content = repository.attachmentContent(id, attachmentId).orElseThrow();
        audit.record(AuditEvent.succeeded("INCIDENT_ATTACHMENT_READ", "incident", id.toString())
                .withDetails("attachment=" + attachmentId));
        return new Attachment(info, content);
    }

    @Transactional(readOnly = true)
    public List<IncidentRepository.AttachmentInfo> attachments(IncidentId id) {
        return repository.attachments(id);
    }

    /** What an officer proposing an alert knows of its subject (see {@link AlertProposals.AlertProposal}). */
    public record AlertProposalDetails(String owningAgency, String kind, String surname, String givenNames,
                                       LocalDate dateOfBirth, String nationality, String documentIssuingState,
                                       String documentNumber, String reason) {
    }

    /**
     * Proposes an alert: the owning agency receives a DRAFT alert (created through the alert module's
     * public API), linked from the incident, logged, and notified.
     */
    @Transactional
    public AlertProposals.ProposedAlert proposeAlert(OfficerIdentity officer, IncidentId id, AlertProposalDetails d) {
        visible(officer, id, "ALERT_PROPOSED");
        AgencyCode owner = parse("owningAgency", () -> AgencyCode.of(d.owningAgency()));
        AlertProposals.Kind kind = parse("kind", () -> d.kind() == null || d.kind().isBlank() ? AlertProposals.Kind.PERSON
                : AlertProposals.Kind.valueOf(d.kind().trim().toUpperCase()));
        if (d.reason() == null || d.reason().isBlank()) {
            throw InvalidRequestException.field("reason", "Say why the alert is proposed");
        }
        if (kind == AlertProposals.Kind.PERSON && blank(d.surname()) && blank(d.givenNames())) {
            throw InvalidRequestException.field("surname", "Name the person the alert is about");
        }
        if (kind == AlertProposals.Kind.DOCUMENT && blank(d.documentNumber())) {
            throw InvalidRequestException.field("documentNumber", "Give the number of the document the alert is about");
        }
        Instant now = clock.instant();
        AlertProposals.ProposedAlert draft = alertProposals.propose(new AlertProposals.AlertProposal(owner, kind,
                d.surname(), d.givenNames(), java.util.Optional.ofNullable(d.dateOfBirth()), optional(d.nationality()),
                optional(d.documentIssuingState()), optional(d.documentNumber()), d.reason().trim(), "incident " + id,
                officer.username(), officer.agency()));
        String subject = kind == AlertProposals.Kind.PERSON
                ? String.join(" ", java.util.stream.Stream.of(d.givenNames(), d.surname()).filter(x -> !blank(x)).map(String::trim).toList())
                : d.documentNumber().trim();
        repository.addLink(IncidentRepository.OWNER_INCIDENT, id.value(), new RecordLink(LinkKind.ALERT,
                draft.alertId().toString(), null, null, "draft proposed to " + owner + " (" + draft.externalReference() + ")"),
                officer.username(), now);
        repository.log(id, now, officer.username(), "PROPOSAL", "Alert proposed to " + owner + ": " + subject
                + " — draft " + draft.externalReference());
        notify(owner, null, id, "Alert proposed from an incident: " + subject + " (draft " + draft.externalReference() + ")",
                now, "an alert was proposed to your agency");
        audit.record(AuditEvent.succeeded("ALERT_PROPOSED", "incident", id.toString())
                .withDetails("owner=" + owner + " alert=" + draft.alertId()));
        return draft;
    }

    /**
     * Proposes revoking a visa: recorded on the visa for the visa officers (through the visa module's
     * public API), who decide with the visa's revocation flow; the visa is linked from the incident.
     */
    @Transactional
    public UUID proposeVisaRevocation(OfficerIdentity officer, IncidentId id, String visaId, String reason) {
        visible(officer, id, "VISA_REVOCATION_PROPOSED");
        if (visaId == null || visaId.isBlank() || visaId.length() > 100) {
            throw InvalidRequestException.field("visaId", "Name the visa to revoke");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidRequestException.field("reason", "Give the grounds for revocation");
        }
        if (!VisaNumber.isWellFormed(visaId)) {
            throw InvalidRequestException.field("visaId", "No visa " + visaId.trim() + " (a visa number is a letter and eight digits)");
        }
        VisaNumber number = VisaNumber.of(visaId);
        UUID proposal;
        try {
            proposal = revocationProposals.propose(new VisaRevocationProposals.RevocationProposal(number, reason.trim(),
                    "incident " + id, officer.username(), officer.agency()));
        } catch (InvalidRequestException e) {
            throw InvalidRequestException.field(e.problems().isEmpty() || "visaNumber".equals(e.problems().get(0).field())
                    ? "visaId" : e.problems().get(0).field(), e.problems().isEmpty() ? e.getMessage() : e.problems().get(0).message());
        }
        Instant now = clock.instant();
        repository.addLink(IncidentRepository.OWNER_INCIDENT, id.value(), new RecordLink(LinkKind.VISA, number.value(), null, null,
                "revocation proposed"), officer.username(), now);
        repository.log(id, now, officer.username(), "PROPOSAL", "Revocation of visa " + number + " proposed: " + reason.trim());
        audit.record(AuditEvent.succeeded("VISA_REVOCATION_PROPOSED", "incident", id.toString())
                .withDetails("visa=" + number + " proposal=" + proposal));
        return proposal;
    }

    /** Days a referred agency is given to accept or decline the referral (the task's due date). */
    static final int REFERRAL_DAYS = 7;

    /**
     * Refers the incident to another agency: it joins as a participant, receives a task to accept or
     * decline the referral (due in {@value #REFERRAL_DAYS} days) and a notification.
     */
    @Transactional
    public IncidentTask refer(OfficerIdentity officer, IncidentId id, String agency, String reason) {
        Incident incident = visible(officer, id, "INCIDENT_REFERRED");
        AgencyCode to = parse("agency", () -> AgencyCode.of(agency));
        if (reason == null || reason.isBlank()) {
            throw InvalidRequestException.field("reason", "Say why the incident is referred");
        }
        if (reason.length() > 400) {
            throw InvalidRequestException.field("reason", "At most 400 characters");
        }
        Instant now = clock.instant();
        if (!incident.agencies().contains(to)) {
            save(incident.withDetails(incident.type(), incident.occurredAt(), incident.port(), incident.place(),
                    incident.description(), incident.severity(), incident.leadAgency(),
                    union(incident.participatingAgencies(), to)));
            repository.log(id, now, officer.username(), "PARTICIPANT", to + " joined as a participating agency");
        }
        IncidentTask task = new IncidentTask(UUID.randomUUID(), id, "Accept or decline the referral: " + reason.trim(), to,
                null, LocalDate.now(clock).plusDays(REFERRAL_DAYS), officer.username(), now, null, null, null);
        repository.insert(task);
        events.publishEvent(new org.atoll.incident.ReferralProposed(id, to.value(), reason.trim(), officer.username(), now));
        repository.log(id, now, officer.username(), "PROPOSAL", "Referred to " + to + ": " + reason.trim());
        notify(to, null, id, "Incident referred to your agency: " + reason.trim() + ", due " + task.dueDate(), now,
                "an incident was referred to your agency");
        audit.record(AuditEvent.succeeded("INCIDENT_REFERRED", "incident", id.toString())
                .withDetails("to=" + to + " task=" + task.id()));
        return task;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static java.util.Optional<String> optional(String s) {
        return blank(s) ? java.util.Optional.empty() : java.util.Optional.of(s.trim());
    }

    public record GraphNode(String key, String kind, String label) {
    }

    public record GraphEdge(String from, String to) {
    }

    public record LinkGraph(List<GraphNode> nodes, List<GraphEdge> edges) {
    }

    /**
     * The incident's links and, through linked incidents the officer may see, theirs, up to {@code depth}
     * incidents away. Records shared by two incidents become one node, which is what shows a pattern.
     */
    @Transactional
    public LinkGraph graph(OfficerIdentity officer, IncidentId start, int depth) {
        visible(officer, start, "INCIDENT_GRAPH_READ");
        java.util.Map<String, GraphNode> nodes = new java.util.LinkedHashMap<>();
        java.util.Set<GraphEdge> edges = new LinkedHashSet<>();
        java.util.Deque<java.util.Map.Entry<IncidentId, Integer>> queue = new java.util.ArrayDeque<>();
        java.util.Set<IncidentId> done = new java.util.HashSet<>();
        queue.add(java.util.Map.entry(start, 0));
        while (!queue.isEmpty()) {
            var next = queue.poll();
            IncidentId id = next.getKey();
            if (!done.add(id)) {
                continue;
            }
            Incident incident = repository.find(id).filter(i -> visibility.canSee(officer, i)).orElse(null);
            if (incident == null) {
                continue;
            }
            String key = "INCIDENT:" + id;
            nodes.put(key, new GraphNode(key, "INCIDENT", typeLabel(incident.type()) + " "
                    + java.time.LocalDate.ofInstant(incident.occurredAt(), clock.getZone()) // the local date, as officers know it
                    + (incident.port() == null ? "" : " " + incident.port().value())));
            List<IncidentId> neighbours = new java.util.ArrayList<>();
            for (RecordLink l : repository.links(IncidentRepository.OWNER_INCIDENT, id.value())) {
                String target = l.kind() == LinkKind.PERSON && l.targetId() == null
                        ? "PERSON:" + l.label().toLowerCase() : l.kind() + ":" + l.targetId();
                if (l.kind() == LinkKind.INCIDENT) {
                    try {
                        neighbours.add(new IncidentId(UUID.fromString(l.targetId())));
                    } catch (IllegalArgumentException e) {
                        continue;
                    }
                    if (next.getValue() >= depth) {
                        continue;
                    }
                } else {
                    nodes.putIfAbsent(target, new GraphNode(target, l.kind().name(), l.label()));
                }
                edges.add(new GraphEdge(key, target));
            }
            if (next.getValue() < depth) {
                neighbours.forEach(n -> queue.add(java.util.Map.entry(n, next.getValue() + 1)));
            }
        }
        // An edge to an incident the officer may not see would reveal that it exists.
        List<GraphEdge> shown = edges.stream().filter(e -> nodes.containsKey(e.to())).toList();
        audit.record(AuditEvent.succeeded("INCIDENT_GRAPH_READ", "incident", start.toString()));
        return new LinkGraph(List.copyOf(nodes.values()), shown);
    }

    @Transactional(readOnly = true)
    public List<IncidentRepository.Notification> notifications(OfficerIdentity officer) {
        return notifications(officer, false);
    }

    @Transactional(readOnly = true)
    public List<IncidentRepository.Notification> notifications(OfficerIdentity officer, boolean unreadOnly) {
        return repository.notificationsFor(officer.username(), officer.agency(), unreadOnly);
    }

    /**
     * Marks a notification read for this officer (others of the agency still see it unread). One not
     * addressed to the officer or their agency answers 404, as one that does not exist.
     */
    @Transactional
    public void markNotificationRead(OfficerIdentity officer, java.util.UUID notification) {
        if (!repository.addressedTo(notification, officer.username(), officer.agency())) {
            throw new RecordNotFoundException("notification", notification.toString());
        }
        repository.markRead(notification, officer.username(), clock.instant());
    }

    /** Open tasks of the officer's agency on incidents they can see, for the board. */
    @Transactional(readOnly = true)
    public List<IncidentTask> openTasks(OfficerIdentity officer) {
        return repository.openTasksOf(officer.agency()).stream()
                .filter(t -> repository.find(t.incident()).filter(i -> visibility.canSee(officer, i)).isPresent())
                .toList();
    }

    /** Incidents per month, type and port, counting only what the officer may see. */
    @Transactional
    public List<IncidentRepository.MonthlyCount> monthlyCounts(OfficerIdentity officer, LocalDate from, LocalDate to) {
        List<IncidentRepository.MonthlyCount> counts = repository.monthlyCounts(officer.username(), officer.agency(), from, to);
        audit.record(AuditEvent.succeeded("INCIDENT_COUNTED", "incident", null).withDetails("from=" + from + " to=" + to));
        return counts;
    }

    private void notifyAgencies(Incident incident, OfficerIdentity actor, String text, Instant now) {
        for (AgencyCode a : incident.agencies()) {
            if (!a.equals(actor.agency())) {
                notify(a, null, incident.id(), text, now, "an incident you work on changed");
            }
        }
        if (!incident.reportedBy().equals(actor.username()) && !incident.agencies().contains(incident.reportingAgency())) {
            notify(incident.reportingAgency(), incident.reportedBy(), incident.id(), text, now, "an incident you reported changed");
        }
    }

    /** An in-app notification, and an email when SMTP and an address are configured (sent after commit). */
    private void notify(AgencyCode agency, String officer, IncidentId incident, String text, Instant now, String mailSubject) {
        repository.notify(agency, officer, incident, text, now);
        mailer.send(agency, officer, incident, mailSubject);
    }

    private Incident visible(OfficerIdentity officer, IncidentId id, String action) {
        Incident incident = repository.find(id).orElseThrow(() -> new RecordNotFoundException("incident", id.toString()));
        if (!visibility.canSee(officer, incident)) {
            audit.record(AuditEvent.denied(action, "incident", id.toString()));
            throw new RecordNotFoundException("incident", id.toString());
        }
        return incident;
    }

    private void checkVersion(Incident current, long expected) {
        if (current.version() != expected) {
            throw new ConcurrentEditException("incident", current.id().toString(), current.version());
        }
    }

    private void save(Incident next) {
        if (!repository.update(next)) {
            throw new ConcurrentEditException("incident", next.id().toString(), repository.currentVersion(next.id()));
        }
    }

    private static Set<AgencyCode> union(Set<AgencyCode> set, AgencyCode one) {
        Set<AgencyCode> all = new LinkedHashSet<>(set);
        all.add(one);
        return all;
    }

    private record Parsed(IncidentTypeCode type, String typeLabel, Instant occurredAt, PortCode port, Severity severity,
                          AgencyCode lead, Set<AgencyCode> participating) {
    }

    private Parsed parseDetails(Details d, AgencyCode defaultLead) {
        List<InvalidRequestException.FieldProblem> problems = new java.util.ArrayList<>();
        IncidentTypeCode type = null;
        String label = null;
        try {
            type = IncidentTypeCode.of(d.type());
            var known = repository.type(type).filter(IncidentRepository.IncidentType::active);
            if (known.isEmpty()) {
                problems.add(new InvalidRequestException.FieldProblem("type", "Unknown incident type " + d.type()));
            } else {
                label = known.get().label();
            }
        } catch (IllegalArgumentException e) {
            problems.add(new InvalidRequestException.FieldProblem("type", e.getMessage()));
        }
        if (d.occurredAt() == null) {
            problems.add(new InvalidRequestException.FieldProblem("occurredAt", "When did it happen?"));
        } else if (d.occurredAt().isAfter(clock.instant())) {
            problems.add(new InvalidRequestException.FieldProblem("occurredAt", "An incident cannot be in the future"));
        }
        PortCode port = null;
        if (d.port() != null && !d.port().isBlank()) {
            try {
                port = PortCode.of(d.port());
                if (reference.port(port, LocalDate.now(clock)).isEmpty()) {
                    problems.add(new InvalidRequestException.FieldProblem("port", "Unknown port " + port));
                }
            } catch (IllegalArgumentException e) {
                problems.add(new InvalidRequestException.FieldProblem("port", e.getMessage()));
            }
        }
        if (d.description() == null || d.description().isBlank()) {
            problems.add(new InvalidRequestException.FieldProblem("description", "Describe what happened"));
        } else if (d.description().length() > 8000) {
            problems.add(new InvalidRequestException.FieldProblem("description", "At most 8000 characters"));
        }
        if (d.severity() == null) {
            problems.add(new InvalidRequestException.FieldProblem("severity", "Choose a severity"));
        }
        AgencyCode lead = defaultLead;
        if (d.leadAgency() != null && !d.leadAgency().isBlank()) {
            try {
                lead = AgencyCode.of(d.leadAgency());
            } catch (IllegalArgumentException e) {
                problems.add(new InvalidRequestException.FieldProblem("leadAgency", e.getMessage()));
            }
        }
        Set<AgencyCode> participating = new LinkedHashSet<>();
        for (String a : d.participatingAgencies() == null ? Set.<String>of() : d.participatingAgencies()) {
            try {
                participating.add(AgencyCode.of(a));
            } catch (IllegalArgumentException e) {
                problems.add(new InvalidRequestException.FieldProblem("participatingAgencies", e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems.get(0).message(), problems);
        }
        return new Parsed(type, label, d.occurredAt(), port, d.severity(), lead, participating);
    }

    static <T> T parse(String field, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (RuntimeException e) {
            throw InvalidRequestException.field(field, e.getMessage() == null ? "invalid value" : e.getMessage());
        }
    }
}

package org.atoll.incident.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.atoll.InvalidRequestException;
import org.atoll.RecordNotFoundException;
import org.atoll.access.CurrentOfficer;
import org.atoll.incident.IncidentId;
import org.atoll.incident.domain.Incident;
import org.atoll.incident.domain.IncidentTask;
import org.atoll.incident.domain.LinkKind;
import org.atoll.incident.domain.RecordLink;
import org.atoll.incident.domain.Severity;
import org.atoll.incident.internal.IncidentRepository;
import org.atoll.incident.internal.IncidentRepository.IncidentFilter;
import org.atoll.incident.internal.IncidentService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Incidents over HTTP. An incident outside the officer's agencies answers 404, never 403. */
@RestController
@PreAuthorize("hasRole('OFFICER')")
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
public class IncidentApiController {

    public record IncidentRequest(String type, Instant occurredAt, String port, String place, String description,
                                  Severity severity, String leadAgency, Set<String> participatingAgencies, Long version) {
        IncidentService.Details details() {
            return new IncidentService.Details(type, occurredAt, port, place, description, severity, leadAgency,
                    participatingAgencies);
        }
    }

    public record StatusRequest(String status, String reason, Long version) {
    }

    public record TaskRequest(String title, String assignedAgency, String assignedOfficer, LocalDate dueDate) {
    }

    public record CompletionRequest(String outcome) {
    }

    public record LinkRequest(String kind, String targetId, String personName, LocalDate dateOfBirth, String note) {
        RecordLink toLink() {
            LinkKind k;
            try {
                k = LinkKind.valueOf(kind == null ? "" : kind.trim().toUpperCase());
            } catch (IllegalArgumentException e) {
                throw InvalidRequestException.field("kind", "Unknown link kind " + kind + "; one of " + List.of(LinkKind.values()));
            }
            try {
                return new RecordLink(k, targetId, personName, dateOfBirth, note);
            } catch (IllegalArgumentException e) {
                throw InvalidRequestException.field(k == LinkKind.PERSON ? "personName" : "targetId", e.getMessage());
            }
        }
    }

    /**
     * {@code kind}: PERSON (default; surname and/or givenNames, optional dateOfBirth, nationality and a document)
     * or DOCUMENT (documentIssuingState and documentNumber). {@code subject}: the name as written, taken as the
     * surname when neither surname nor givenNames is given.
     */
    public record AlertProposalRequest(String owningAgency, String kind, String surname, String givenNames, String subject,
                                       LocalDate dateOfBirth, String nationality, String documentIssuingState,
                                       String documentNumber, String reason) {
        IncidentService.AlertProposalDetails details() {
            boolean noName = (surname == null || surname.isBlank()) && (givenNames == null || givenNames.isBlank());
            return new IncidentService.AlertProposalDetails(owningAgency, kind, noName ? subject : surname, givenNames,
                    dateOfBirth, nationality, documentIssuingState, documentNumber, reason);
        }
    }

    public record AlertProposalResponse(UUID alertId, String externalReference, String status, String owningAgency) {
    }

    public record VisaRevocationProposalResponse(UUID proposalId, String visaId) {
    }

    public record TypeRequest(String code, String label) {
    }

    public record IncidentSummary(UUID id, String type, String typeLabel, Instant occurredAt, String port, String place,
                                  String severity, String status, String leadAgency, Set<String> participatingAgencies,
                                  String reportedBy, String reportingAgency, Instant reportedAt, long version) {
        static IncidentSummary of(Incident i, String label) {
            return new IncidentSummary(i.id().value(), i.type().value(), label, i.occurredAt(),
                    i.port() == null ? null : i.port().value(), i.place(), i.severity().name(), i.status().name(),
                    i.leadAgency().value(),
                    new java.util.TreeSet<>(i.participatingAgencies().stream().map(a -> a.value()).toList()),
                    i.reportedBy(), i.reportingAgency().value(), i.reportedAt(), i.version());
        }
    }

    public record LinkResponse(String kind, String targetId, String personName, LocalDate dateOfBirth, String note,
                               String label) {
        static LinkResponse of(RecordLink l) {
            return new LinkResponse(l.kind().name(), l.targetId(), l.personName(), l.dateOfBirth(), l.note(), l.label());
        }
    }

    public record TaskResponse(UUID id, String title, String assignedAgency, String assignedOfficer, LocalDate dueDate,
                               String createdBy, Instant createdAt, Instant completedAt, String completedBy,
                               String outcome, boolean overdue) {
        static TaskResponse of(IncidentTask t, LocalDate today) {
            return new TaskResponse(t.id(), t.title(), t.assignedAgency().value(), t.assignedOfficer(), t.dueDate(),
                    t.createdBy(), t.createdAt(), t.completedAt(), t.completedBy(), t.outcome(), t.isOverdue(today));
        }
    }

    public record IncidentResponse(UUID id, String type, String typeLabel, Instant occurredAt, String port, String place,
                                   String description, String severity, String status, String leadAgency,
                                   Set<String> participatingAgencies, String reportedBy, String reportingAgency,
                                   Instant reportedAt, long version, List<LinkResponse> links, List<TaskResponse> tasks,
                                   List<IncidentRepository.LogEntry> log) {
        static IncidentResponse of(IncidentService.IncidentView v, LocalDate today) {
            Incident i = v.incident();
            IncidentSummary s = IncidentSummary.of(i, v.typeLabel());
            return new IncidentResponse(s.id(), s.type(), s.typeLabel(), s.occurredAt(), s.port(), s.place(),
                    i.description(), s.severity(), s.status(), s.leadAgency(), s.participatingAgencies(), s.reportedBy(),
                    s.reportingAgency(), s.reportedAt(), s.version(), v.links().stream().map(LinkResponse::of).toList(),
                    v.tasks().stream().map(t -> TaskResponse.of(t, today)).toList(), v.log());
        }
    }

    private final IncidentService incidents;
    private final CurrentOfficer current;
    private final java.time.Clock clock;

    public IncidentApiController(IncidentService incidents, CurrentOfficer current, java.time.Clock clock) {
        this.incidents = incidents;
        this.current = current;
        this.clock = clock;
    }

    @PostMapping(path = "/incidents", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<IncidentResponse> report(@RequestBody IncidentRequest request) {
        Incident created = incidents.report(current.require(), request.details());
        IncidentResponse body = IncidentResponse.of(incidents.read(current.require(), created.id()), today());
        return ResponseEntity.created(URI.create("/api/v1/incidents/" + created.id())).body(body);
    }

    @GetMapping("/incidents")
    public List<IncidentSummary> list(@RequestParam(required = false) String type,
                                      @RequestParam(required = false) String port,
                                      @RequestParam(defaultValue = "false") boolean open,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                      @RequestParam(required = false) String status,
                                      @RequestParam(defaultValue = "false") boolean overdue) {
        IncidentFilter filter = new IncidentFilter(null, upper(type), upper(port), from, to, null, null, open)
                .withStatusAndOverdue(status(status), overdue ? incidents.today() : null);
        return incidents.list(current.require(), filter)
                .stream().map(i -> IncidentSummary.of(i, incidents.typeLabel(i.type()))).toList();
    }

    /** A status filter: one of {@link org.atoll.incident.domain.IncidentStatus}, else 422 naming {@code status}. */
    static String status(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return org.atoll.incident.domain.IncidentStatus.valueOf(raw.strip().toUpperCase(java.util.Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.field("status", "Unknown status " + raw + "; one of "
                    + java.util.Arrays.toString(org.atoll.incident.domain.IncidentStatus.values()));
        }
    }

    @GetMapping("/incidents/counts")
    public List<IncidentRepository.MonthlyCount> counts(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return incidents.monthlyCounts(current.require(), from, to);
    }

    @GetMapping("/incidents/{id}")
    public IncidentResponse read(@PathVariable String id) {
        return IncidentResponse.of(incidents.read(current.require(), incidentId(id)), today());
    }

    @PutMapping(path = "/incidents/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public IncidentResponse update(@PathVariable String id, @RequestBody IncidentRequest request) {
        if (request.version() == null) {
            throw InvalidRequestException.field("version", "Send the version the edit is based on");
        }
        IncidentId incident = incidentId(id);
        incidents.update(current.require(), incident, request.version(), request.details());
        return IncidentResponse.of(incidents.read(current.require(), incident), today());
    }

    @PostMapping(path = "/incidents/{id}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    public IncidentResponse status(@PathVariable String id, @RequestBody StatusRequest request) {
        IncidentId incident = incidentId(id);
        incidents.changeStatus(current.require(), incident, request.version(), request.status(), request.reason());
        return IncidentResponse.of(incidents.read(current.require(), incident), today());
    }

    @PostMapping(path = "/incidents/{id}/tasks", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<TaskResponse> task(@PathVariable String id, @RequestBody TaskRequest request) {
        IncidentTask task = incidents.addTask(current.require(), incidentId(id), request.title(), request.assignedAgency(),
                request.assignedOfficer(), request.dueDate());
        return ResponseEntity.created(URI.create("/api/v1/incidents/" + id + "/tasks/" + task.id()))
                .body(TaskResponse.of(task, today()));
    }

    @PostMapping(path = "/incidents/{id}/tasks/{taskId}/completion")
    public TaskResponse complete(@PathVariable String id, @PathVariable String taskId,
                                 @RequestBody(required = false) CompletionRequest request) {
        UUID task;
        try {
            task = UUID.fromString(taskId);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("task", taskId);
        }
        return TaskResponse.of(incidents.completeTask(current.require(), incidentId(id), task,
                request == null ? null : request.outcome()), today());
    }

    @PostMapping(path = "/incidents/{id}/links", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<LinkResponse> link(@PathVariable String id, @RequestBody LinkRequest request) {
        RecordLink link = incidents.addLink(current.require(), incidentId(id), request.toLink());
        return ResponseEntity.status(201).body(LinkResponse.of(link));
    }

    @PostMapping(path = "/incidents/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<IncidentRepository.AttachmentInfo> attach(@PathVariable String id,
            @org.springframework.web.bind.annotation.RequestParam("file") org.springframework.web.multipart.MultipartFile file)
            throws java.io.IOException {
        if (file.getSize() > IncidentService.MAX_ATTACHMENT_BYTES) {
            throw InvalidRequestException.field("file", "A file may have at most 10 MB");
        }
        var info = incidents.attach(current.require(), incidentId(id), file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.created(URI.create("/api/v1/incidents/" + id + "/attachments/" + info.id())).body(info);
    }

    @GetMapping(path = "/incidents/{id}/attachments/{attachmentId}", produces = MediaType.ALL_VALUE)
    public ResponseEntity<byte[]> attachment(@PathVariable String id, @PathVariable String attachmentId) {
        UUID attachment;
        try {
            attachment = UUID.fromString(attachmentId);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("attachment", attachmentId);
        }
        var a = incidents.attachment(current.require(), incidentId(id), attachment);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(a.info().mediaType()))
                .header("Content-Disposition", org.springframework.http.ContentDisposition.attachment()
                        .filename(a.info().filename(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(a.content());
    }

    @PostMapping(path = "/incidents/{id}/alert-proposals", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<AlertProposalResponse> proposeAlert(@PathVariable String id, @RequestBody AlertProposalRequest request) {
        var draft = incidents.proposeAlert(current.require(), incidentId(id), request.details());
        return ResponseEntity.created(URI.create("/api/v1/alerts/" + draft.alertId()))
                .body(new AlertProposalResponse(draft.alertId(), draft.externalReference(), "DRAFT",
                        request.owningAgency().trim().toUpperCase()));
    }

    public record VisaRevocationRequest(String visaId, String reason) {
    }

    public record ReferralRequest(String agency, String reason) {
    }

    @PostMapping(path = "/incidents/{id}/visa-revocation-proposals", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<VisaRevocationProposalResponse> proposeVisaRevocation(@PathVariable String id,
                                                                                @RequestBody VisaRevocationRequest request) {
        UUID proposal = incidents.proposeVisaRevocation(current.require(), incidentId(id), request.visaId(), request.reason());
        return ResponseEntity.status(201).body(new VisaRevocationProposalResponse(proposal, request.visaId().trim().toUpperCase()));
    }

    @PostMapping(path = "/incidents/{id}/referrals", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<TaskResponse> refer(@PathVariable String id, @RequestBody ReferralRequest request) {
        IncidentTask task = incidents.refer(current.require(), incidentId(id), request.agency(), request.reason());
        return ResponseEntity.status(201).body(TaskResponse.of(task, today()));
    }

    @GetMapping("/incidents/{id}/graph")
    public IncidentService.LinkGraph graph(@PathVariable String id, @RequestParam(defaultValue = "2") int depth) {
        return incidents.graph(current.require(), incidentId(id), Math.max(0, Math.min(depth, 4)));
    }

    @GetMapping("/incident-types")
    public List<IncidentRepository.IncidentType> types() {
        return incidents.types();
    }

    @PostMapping(path = "/incident-types", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public ResponseEntity<Void> addType(@RequestBody TypeRequest request) {
        incidents.addType(request.code(), request.label());
        return ResponseEntity.status(201).build();
    }

    @GetMapping("/notifications")
    public List<IncidentRepository.Notification> notifications(@RequestParam(defaultValue = "false") boolean unread) {
        return incidents.notifications(current.require(), unread);
    }

    /** Marks one of the officer's notifications read (for them alone); 404 for one not addressed to them. */
    @PostMapping("/notifications/{id}/read")
    public ResponseEntity<Void> markNotificationRead(@PathVariable String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("notification", id);
        }
        incidents.markNotificationRead(current.require(), uuid);
        return ResponseEntity.noContent().build();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    static IncidentId incidentId(String raw) {
        try {
            return new IncidentId(UUID.fromString(raw));
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("incident", raw);
        }
    }

    static String upper(String s) {
        return s == null || s.isBlank() ? null : s.trim().toUpperCase();
    }
}

package org.atoll.incident.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.atoll.ConcurrentEditException;
import org.atoll.InvalidRequestException;
import org.atoll.access.CurrentOfficer;
import org.atoll.incident.IncidentId;
import org.atoll.incident.domain.Incident;
import org.atoll.incident.domain.IncidentStatus;
import org.atoll.incident.domain.IncidentTask;
import org.atoll.incident.domain.LinkKind;
import org.atoll.incident.domain.Severity;
import org.atoll.incident.internal.IncidentRepository.IncidentFilter;
import org.atoll.incident.internal.IncidentService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The incident board of the officer's agency, the report form and the incident page. */
@Controller
@PreAuthorize("hasRole('OFFICER')")
class IncidentPageController {

    // Officers type local times; Palau keeps one zone all year.

    private final IncidentService incidents;
    private final CurrentOfficer current;
    private final Clock clock;

    IncidentPageController(IncidentService incidents, CurrentOfficer current, Clock clock) {
        this.incidents = incidents;
        this.current = current;
        this.clock = clock;
    }

    @GetMapping("/incidents")
    String board(@RequestParam(required = false) String status, @RequestParam(required = false) String type,
                 @RequestParam(required = false) String port, @RequestParam(defaultValue = "false") boolean overdue,
                 Model model) {
        var me = current.require();
        LocalDate today = LocalDate.now(clock);
        // The same filters as GET /api/v1/incidents; an unknown status or type from a hand-made URL finds nothing.
        String statusFilter = blankToNull(status) == null ? null : status.strip().toUpperCase(java.util.Locale.ROOT);
        String typeFilter = IncidentApiController.upper(blankToNull(type));
        String portFilter = IncidentApiController.upper(blankToNull(port));
        IncidentFilter filter = new IncidentFilter(null, typeFilter, portFilter, null, null, null, null, true)
                .withStatusAndOverdue(statusFilter, overdue ? today : null);
        List<Incident> open = incidents.list(me, filter);
        boolean filtered = statusFilter != null || typeFilter != null || portFilter != null || overdue;
        model.addAttribute("filtered", filtered);
        model.addAttribute("filterStatus", statusFilter);
        model.addAttribute("filterType", typeFilter);
        model.addAttribute("filterPort", portFilter);
        model.addAttribute("filterOverdue", overdue);
        model.addAttribute("statuses", org.atoll.incident.domain.IncidentStatus.values());
        model.addAttribute("types", incidents.types());
        List<IncidentTask> tasks = incidents.openTasks(me);
        model.addAttribute("incidents", open);
        model.addAttribute("labels", labels());
        model.addAttribute("tasks", tasks);
        model.addAttribute("overdue", tasks.stream().filter(t -> t.isOverdue(today)).toList());
        model.addAttribute("today", today);
        model.addAttribute("notifications", incidents.notifications(me));
        return "incident/board";
    }

    @PostMapping("/incidents/notifications/{id}/read")
    String markNotificationRead(@PathVariable String id) {
        try {
            incidents.markNotificationRead(current.require(), java.util.UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw new org.atoll.RecordNotFoundException("notification", id);
        }
        return "redirect:/incidents#notifications";
    }

    @GetMapping("/incidents/new")
    String reportForm(Model model) {
        model.addAttribute("form", new LinkedHashMap<String, String>());
        return reportPage(model, Map.of());
    }

    @PostMapping("/incidents")
    String report(@RequestParam Map<String, String> form, @RequestParam(required = false) List<String> participating,
                  Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        Instant occurred = parseLocal(form.get("occurredAt"), clock.getZone(), errors);
        Severity severity = parseSeverity(form.get("severity"), errors);
        try {
            var details = new IncidentService.Details(form.get("type"), occurred, form.get("port"), form.get("place"),
                    form.get("description"), severity, form.get("leadAgency"),
                    participating == null ? Set.of() : new LinkedHashSet<>(participating));
            if (errors.isEmpty()) {
                Incident created = incidents.report(current.require(), details);
                return "redirect:/incidents/" + created.id();
            }
        } catch (InvalidRequestException e) {
            e.problems().forEach(p -> errors.putIfAbsent(p.field(), p.message()));
        }
        model.addAttribute("form", form);
        model.addAttribute("participating", participating == null ? List.of() : participating);
        return reportPage(model, errors);
    }

    private String reportPage(Model model, Map<String, String> errors) {
        model.addAttribute("types", incidents.types().stream().filter(t -> t.active()).toList());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("agencies", AGENCIES);
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("participating")) {
            model.addAttribute("participating", List.of());
        }
        return "incident/report";
    }

    // The agencies of the programme; an administrator's new agency is still reachable through the API.
    static final List<String> AGENCIES = List.of("IMMIGRATION", "CUSTOMS", "BIOSECURITY", "LABOUR", "POLICE");

    @GetMapping("/incidents/{id}")
    String page(@PathVariable String id, Model model) {
        return detail(IncidentApiController.incidentId(id), model, Map.of(), null);
    }

    private String detail(IncidentId id, Model model, Map<String, String> errors, String notice) {
        var view = incidents.read(current.require(), id);
        model.addAttribute("view", view);
        model.addAttribute("i", view.incident());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("nextStatuses", view.incident().status().next());
        model.addAttribute("agencies", AGENCIES);
        model.addAttribute("linkKinds", LinkKind.values());
        model.addAttribute("attachments", incidents.attachments(id));
        model.addAttribute("errors", errors);
        model.addAttribute("notice", notice);
        return "incident/detail";
    }

    @PostMapping("/incidents/{id}/status")
    String status(@PathVariable String id, @RequestParam String status, @RequestParam(required = false) String reason,
                  @RequestParam long version, Model model) {
        IncidentId incident = IncidentApiController.incidentId(id);
        try {
            incidents.changeStatus(current.require(), incident, version, status, reason);
        } catch (InvalidRequestException e) {
            return detail(incident, model, fieldErrors(e), null);
        } catch (ConcurrentEditException e) {
            return detail(incident, model, Map.of("status", "Someone else changed this incident; check it and try again."), null);
        }
        return "redirect:/incidents/" + id;
    }

    @PostMapping("/incidents/{id}/tasks")
    String task(@PathVariable String id, @RequestParam Map<String, String> form, Model model) {
        IncidentId incident = IncidentApiController.incidentId(id);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate due = null;
        if (form.get("dueDate") != null && !form.get("dueDate").isBlank()) {
            try {
                due = LocalDate.parse(form.get("dueDate"));
            } catch (DateTimeParseException e) {
                errors.put("dueDate", "A date such as 2026-03-31");
            }
        }
        if (errors.isEmpty()) {
            try {
                incidents.addTask(current.require(), incident, form.get("title"), form.get("assignedAgency"),
                        form.get("assignedOfficer"), due);
                return "redirect:/incidents/" + id;
            } catch (InvalidRequestException e) {
                errors.putAll(fieldErrors(e));
            }
        }
        return detail(incident, model, errors, null);
    }

    @PostMapping("/incidents/{id}/tasks/{taskId}/completion")
    String complete(@PathVariable String id, @PathVariable UUID taskId, @RequestParam(required = false) String outcome,
                    Model model) {
        IncidentId incident = IncidentApiController.incidentId(id);
        try {
            incidents.completeTask(current.require(), incident, taskId, outcome);
        } catch (InvalidRequestException e) {
            return detail(incident, model, Map.of("task", e.getMessage()), null);
        } catch (org.springframework.security.access.AccessDeniedException e) {
            return detail(incident, model, Map.of("task", "Only the assignee can complete this task."), null);
        }
        return "redirect:/incidents/" + id;
    }

    @PostMapping("/incidents/{id}/attachments")
    String attach(@PathVariable String id, @RequestParam("file") org.springframework.web.multipart.MultipartFile file,
                  Model model) throws java.io.IOException {
        IncidentId incident = IncidentApiController.incidentId(id);
        try {
            if (file.getSize() > IncidentService.MAX_ATTACHMENT_BYTES) {
                throw InvalidRequestException.field("file", "A file may have at most 10 MB");
            }
            incidents.attach(current.require(), incident, file.getOriginalFilename(), file.getBytes());
        } catch (InvalidRequestException e) {
            return detail(incident, model, fieldErrors(e), null);
        }
        return "redirect:/incidents/" + id;
    }

    @GetMapping("/incidents/{id}/attachments/{attachmentId}")
    org.springframework.http.ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable UUID attachmentId) {
        var a = incidents.attachment(current.require(), IncidentApiController.incidentId(id), attachmentId);
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(a.info().mediaType()))
                .header("Content-Disposition", org.springframework.http.ContentDisposition.attachment()
                        .filename(a.info().filename(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(a.content());
    }

    @PostMapping("/incidents/{id}/links")
    String link(@PathVariable String id, @RequestParam Map<String, String> form, Model model) {
        IncidentId incident = IncidentApiController.incidentId(id);
        try {
            LocalDate dob = form.get("dateOfBirth") == null || form.get("dateOfBirth").isBlank() ? null
                    : LocalDate.parse(form.get("dateOfBirth"));
            var request = new IncidentApiController.LinkRequest(form.get("kind"), form.get("targetId"),
                    form.get("personName"), dob, form.get("note"));
            incidents.addLink(current.require(), incident, request.toLink());
        } catch (DateTimeParseException e) {
            return detail(incident, model, Map.of("dateOfBirth", "A date such as 1981-03-09"), null);
        } catch (InvalidRequestException e) {
            return detail(incident, model, fieldErrors(e), null);
        }
        return "redirect:/incidents/" + id;
    }

    @PostMapping("/incidents/{id}/alert-proposals")
    String proposeAlert(@PathVariable String id, @RequestParam Map<String, String> form, Model model) {
        IncidentId incident = IncidentApiController.incidentId(id);
        try {
            LocalDate dob = blank(form.get("dateOfBirth")) ? null : LocalDate.parse(form.get("dateOfBirth"));
            var draft = incidents.proposeAlert(current.require(), incident, new IncidentService.AlertProposalDetails(
                    form.get("owningAgency"), form.get("kind"), form.get("surname"), form.get("givenNames"), dob,
                    form.get("nationality"), form.get("documentIssuingState"), form.get("documentNumber"),
                    form.get("reason")));
            return detail(incident, model, Map.of(), "Draft alert " + draft.externalReference() + " proposed to "
                    + form.get("owningAgency") + ".");
        } catch (DateTimeParseException e) {
            return detail(incident, model, Map.of("alert.dateOfBirth", "A date such as 1981-03-09"), null);
        } catch (InvalidRequestException e) {
            return detail(incident, model, prefixed("alert.", e), null);
        }
    }

    @PostMapping("/incidents/{id}/visa-revocation-proposals")
    String proposeRevocation(@PathVariable String id, @RequestParam(required = false) String visaId,
                             @RequestParam(required = false) String reason, Model model) {
        IncidentId incident = IncidentApiController.incidentId(id);
        try {
            incidents.proposeVisaRevocation(current.require(), incident, visaId, reason);
            return detail(incident, model, Map.of(), "Revocation of visa " + visaId.trim().toUpperCase() + " proposed to the visa office.");
        } catch (InvalidRequestException e) {
            return detail(incident, model, prefixed("revocation.", e), null);
        }
    }

    @PostMapping("/incidents/{id}/referrals")
    String refer(@PathVariable String id, @RequestParam(required = false) String agency,
                 @RequestParam(required = false) String reason, Model model) {
        IncidentId incident = IncidentApiController.incidentId(id);
        try {
            incidents.refer(current.require(), incident, agency, reason);
            return detail(incident, model, Map.of(), "Referred to " + agency + ".");
        } catch (InvalidRequestException e) {
            return detail(incident, model, prefixed("referral.", e), null);
        }
    }

    @GetMapping("/incidents/{id}/graph")
    String graph(@PathVariable String id, @RequestParam(defaultValue = "2") int depth, Model model) {
        IncidentId incident = IncidentApiController.incidentId(id);
        int d = Math.max(0, Math.min(depth, 4));
        var graph = incidents.graph(current.require(), incident, d);
        var layout = GraphLayout.of(graph, "INCIDENT:" + incident);
        Map<String, String> labels = new LinkedHashMap<>();
        graph.nodes().forEach(n -> labels.put(n.key(), n.label()));
        Map<String, List<String>> neighbours = new LinkedHashMap<>();
        graph.nodes().forEach(n -> neighbours.put(n.key(), new java.util.ArrayList<>()));
        graph.edges().forEach(e -> {
            neighbours.get(e.from()).add(labels.get(e.to()));
            neighbours.get(e.to()).add(labels.get(e.from()));
        });
        model.addAttribute("incidentId", incident.value());
        model.addAttribute("graph", graph);
        model.addAttribute("layout", layout);
        model.addAttribute("neighbours", neighbours);
        model.addAttribute("depth", d);
        return "incident/graph";
    }

    private static Map<String, String> prefixed(String prefix, InvalidRequestException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.problems().forEach(p -> errors.putIfAbsent(prefix + p.field(), p.message()));
        if (errors.isEmpty()) {
            errors.put(prefix + "form", e.getMessage());
        }
        return errors;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        incidents.types().forEach(t -> labels.put(t.code(), t.label()));
        return labels;
    }

    static Map<String, String> fieldErrors(InvalidRequestException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.problems().forEach(p -> errors.putIfAbsent(p.field(), p.message()));
        return errors;
    }

    private static Instant parseLocal(String raw, ZoneId zone, Map<String, String> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(raw).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            errors.put("occurredAt", "A date and time such as 2026-03-31T14:05");
            return null;
        }
    }

    private static Severity parseSeverity(String raw, Map<String, String> errors) {
        try {
            return raw == null || raw.isBlank() ? null : Severity.valueOf(raw);
        } catch (IllegalArgumentException e) {
            errors.put("severity", "Choose a severity");
            return null;
        }
    }

    static IncidentStatus[] statuses() {
        return IncidentStatus.values();
    }
}

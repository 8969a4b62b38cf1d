package org.atoll.inspection.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.atoll.InvalidRequestException;
import org.atoll.RecordNotFoundException;
import org.atoll.document.MachineReadableZones;
import org.atoll.document.MrzFields;
import org.atoll.document.MrzFormat;
import org.atoll.document.Sex;
import org.atoll.inspection.domain.InspectionConflictException;
import org.atoll.inspection.domain.InterviewClosedException;
import org.atoll.inspection.internal.InspectionService;
import org.atoll.inspection.internal.InspectionViews.InspectionView;
import org.atoll.inspection.internal.InterviewService;
import org.atoll.inspection.internal.RefusalNotices;
import org.atoll.reference.PortOfEntry;
import org.atoll.reference.ReferenceData;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The booth screen (one page, keyboard first: the desk reader's burst ends with Enter and the
 * reading, screening, eligibility and proposal come back in one htmx swap), the referral queue, the
 * referral page with the interview and the decision, and the supervisors' override report.
 */
@Controller
@PreAuthorize("hasAnyRole('PRIMARY_OFFICER', 'SECONDARY_OFFICER', 'SUPERVISOR')")
class InspectionPagesController {

    static final String PORT = "inspection.port";
    static final String BOOTH = "inspection.booth";

    private final InspectionService inspections;
    private final InterviewService interviews;
    private final RefusalNotices notices;
    private final ReferenceData reference;
    private final MachineReadableZones zones;
    private final java.time.Clock clock;

    InspectionPagesController(InspectionService inspections, InterviewService interviews, RefusalNotices notices,
                              ReferenceData reference, MachineReadableZones zones, java.time.Clock clock) {
        this.inspections = inspections;
        this.interviews = interviews;
        this.notices = notices;
        this.reference = reference;
        this.zones = zones;
        this.clock = clock;
    }

    /** The booth's settings kept for the officer's session: port, booth, direction, mode, role. */
    record BoothSettings(String port, String booth, String direction, String mode, String role, String purpose, Integer stayDays) {
    }

    private List<PortOfEntry> ports() {
        return reference.ports(LocalDate.now(clock));
    }

    private BoothSettings settings(HttpSession session) {
        Object s = session.getAttribute("inspection.settings");
        return s instanceof BoothSettings b ? b : new BoothSettings("PWROR", "", "ENTRY", "AIR", "PASSENGER", "", null);
    }

    @GetMapping("/inspections/booth")
    String booth(HttpSession session, Model model) {
        model.addAttribute("settings", settings(session));
        model.addAttribute("ports", ports());
        return "inspection/booth";
    }

    @PostMapping("/inspections/booth")
    String inspect(@RequestParam MultiValueMap<String, String> form, @RequestHeader(value = "HX-Request", required = false) String htmx,
                   HttpSession session, Model model) {
        BoothSettings settings = remember(form, session);
        String mrz = form.getFirst("mrz");
        return run(settings, mrz == null ? "" : mrz, false, htmx, model, Map.of());
    }

    @PostMapping("/inspections/booth/manual")
    String manual(@RequestParam MultiValueMap<String, String> form, @RequestHeader(value = "HX-Request", required = false) String htmx,
                  HttpSession session, Model model) {
        BoothSettings settings = remember(form, session);
        Map<String, String> errors = new LinkedHashMap<>();
        String mrz = null;
        try {
            LocalDate birth = blank(form.getFirst("dateOfBirth")) ? null : LocalDate.parse(form.getFirst("dateOfBirth").strip());
            LocalDate expiry = LocalDate.parse(value(form, "dateOfExpiry"));
            mrz = zones.generate(MrzFields.builder(MrzFormat.TD3).documentCode("P").issuingState(value(form, "issuingState").toUpperCase())
                    .name(value(form, "surname").toUpperCase(), form.getFirst("givenNames") == null ? "" : form.getFirst("givenNames").toUpperCase())
                    .documentNumber(value(form, "documentNumber")).nationality(value(form, "nationality").toUpperCase())
                    .dateOfBirth(birth).sex(blank(form.getFirst("sex")) ? Sex.UNSPECIFIED : Sex.parse(form.getFirst("sex")))
                    .dateOfExpiry(expiry).build()).text();
        } catch (RuntimeException e) {
            errors.put("manual", "These details cannot describe a passport: " + e.getMessage());
        }
        model.addAttribute("manualForm", form.toSingleValueMap());
        if (!errors.isEmpty()) {
            model.addAttribute("manualErrors", errors);
            model.addAttribute("settings", settings);
            model.addAttribute("ports", ports());
            model.addAttribute("unreadable", List.of());
            return htmx != null ? "inspection/booth :: result" : "inspection/booth";
        }
        return run(settings, mrz, true, htmx, model, Map.of());
    }

    private String run(BoothSettings s, String mrz, boolean byHand, String htmx, Model model, Map<String, String> unused) {
        model.addAttribute("settings", s);
        model.addAttribute("ports", ports());
        model.addAttribute("mrz", mrz);
        try {
            InspectionView view = inspections.inspect(new InspectionService.BoothRequest(s.port(), s.booth(), s.direction(), mrz,
                    blank(s.purpose()) ? null : s.purpose(), s.stayDays(), s.mode(), s.role(), byHand));
            model.addAttribute("i", view);
        } catch (InspectionService.UnreadableMrzException e) {
            model.addAttribute("unreadable", e.problems());
            if (!model.containsAttribute("manualForm")) {
                model.addAttribute("manualForm", Map.of());
            }
        } catch (InvalidRequestException e) {
            model.addAttribute("problems", e.problems());
        }
        return htmx != null ? "inspection/booth :: result" : "inspection/booth";
    }

    private BoothSettings remember(MultiValueMap<String, String> form, HttpSession session) {
        Integer stay = null;
        try {
            stay = blank(form.getFirst("intendedStayDays")) ? null : Integer.valueOf(form.getFirst("intendedStayDays").strip());
        } catch (NumberFormatException e) {
            stay = null;
        }
        BoothSettings s = new BoothSettings(or(form.getFirst("port"), "PWROR"), or(form.getFirst("booth"), ""),
                or(form.getFirst("direction"), "ENTRY"), or(form.getFirst("mode"), "AIR"), or(form.getFirst("role"), "PASSENGER"),
                or(form.getFirst("purpose"), ""), stay);
        session.setAttribute("inspection.settings", s);
        return s;
    }

    @PostMapping("/inspections/{id}/decision")
    String decide(@PathVariable String id, @RequestParam(required = false) String outcome,
                  @RequestParam(required = false) LocalDate permittedUntil, @RequestParam(required = false) String overrideReason,
                  @RequestParam(required = false) Boolean entryFormChecked, @RequestParam(required = false) Boolean feeChecked,
                  @RequestHeader(value = "HX-Request", required = false) String htmx, HttpSession session, Model model) {
        UUID uuid = InspectionApiController.uuid(id);
        model.addAttribute("settings", settings(session));
        model.addAttribute("ports", ports());
        try {
            InspectionView view = inspections.decide(uuid, new InspectionService.PrimaryDecision(outcome, permittedUntil, overrideReason,
                    entryFormChecked, feeChecked));
            model.addAttribute("i", view);
            model.addAttribute("decided", true);
        } catch (InvalidRequestException e) {
            model.addAttribute("i", inspections.get(uuid));
            model.addAttribute("decisionErrors", errors(e));
            model.addAttribute("chosenOutcome", outcome);
            model.addAttribute("overrideReason", overrideReason);
        } catch (InspectionConflictException e) {
            model.addAttribute("i", inspections.get(uuid));
            model.addAttribute("conflict", e.getMessage());
        }
        return htmx != null ? "inspection/booth :: result" : "inspection/booth";
    }

    // --- secondary ----------------------------------------------------------------------------------

    @GetMapping("/inspections/referrals")
    @PreAuthorize("hasAnyRole('SECONDARY_OFFICER', 'SUPERVISOR')")
    String referrals(@RequestParam(required = false) String port, Model model) {
        model.addAttribute("port", port == null ? "" : port);
        model.addAttribute("ports", ports());
        try {
            model.addAttribute("queue", inspections.referralQueue(port));
        } catch (IllegalArgumentException e) {
            model.addAttribute("queue", List.of());
            model.addAttribute("portError", e.getMessage());
        }
        return "inspection/referrals";
    }

    @GetMapping("/inspections/overrides")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String overrides(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to, Model model) {
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        LocalDate start = from == null ? end.minusDays(30) : from;
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("overrides", inspections.overrides(start, end, null));
        return "inspection/overrides";
    }

    @GetMapping("/inspections/{id}")
    @PreAuthorize("hasAnyRole('SECONDARY_OFFICER', 'SUPERVISOR')")
    String referral(@PathVariable String id, Model model) {
        UUID uuid = InspectionApiController.uuid(id);
        return referralPage(uuid, model);
    }

    private String referralPage(UUID uuid, Model model) {
        model.addAttribute("i", inspections.get(uuid));
        model.addAttribute("interview", interviews.find(uuid).orElse(null));
        model.addAttribute("provisions", inspections.provisionsInForce());
        model.addAttribute("approvalRequired", inspections.properties().refusalRequiresApproval());
        model.addAttribute("notice", RefusalNotices.reference(uuid));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "inspection/referral";
    }

    interface Action {
        void run();
    }

    private String act(UUID id, Model model, RedirectAttributes redirect, String done, Map<String, String> form, Action action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", done);
            return "redirect:/inspections/" + id;
        } catch (InvalidRequestException e) {
            model.addAttribute("errors", errors(e));
            model.addAttribute("form", form);
        } catch (InspectionConflictException | InterviewClosedException | org.atoll.ConcurrentEditException e) {
            model.addAttribute("errors", Map.of("conflict", e.getMessage()));
            model.addAttribute("form", form);
        }
        return referralPage(id, model);
    }

    @PostMapping("/inspections/{id}/interview")
    @PreAuthorize("hasAnyRole('SECONDARY_OFFICER', 'SUPERVISOR')")
    String startInterview(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Model model,
                          RedirectAttributes redirect) {
        UUID uuid = InspectionApiController.uuid(id);
        return act(uuid, model, redirect, "The interview has started", form.toSingleValueMap(),
                () -> interviews.start(uuid, form.getFirst("language"), form.getFirst("interpreter")));
    }

    @PostMapping("/inspections/{id}/interview/notes")
    @PreAuthorize("hasAnyRole('SECONDARY_OFFICER', 'SUPERVISOR')")
    String interviewNotes(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Model model,
                          RedirectAttributes redirect) {
        UUID uuid = InspectionApiController.uuid(id);
        Map<String, String> answers = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("answer.") && !v.isEmpty()) {
                answers.put(k.substring("answer.".length()), v.get(0));
            }
        });
        boolean close = "close".equals(form.getFirst("action"));
        Long version = blank(form.getFirst("version")) ? null : Long.valueOf(form.getFirst("version"));
        return act(uuid, model, redirect, close ? "The interview is closed; its notes can no longer change" : "The interview notes are saved",
                form.toSingleValueMap(), () -> interviews.record(uuid, new InterviewService.InterviewNotes(answers, form.getFirst("language"),
                        form.getFirst("interpreter"), form.getFirst("documentsExamined"), version), close));
    }

    @PostMapping("/inspections/{id}/interview/addenda")
    @PreAuthorize("hasAnyRole('SECONDARY_OFFICER', 'SUPERVISOR')")
    String addendum(@PathVariable String id, @RequestParam(required = false) String text, Model model, RedirectAttributes redirect) {
        UUID uuid = InspectionApiController.uuid(id);
        return act(uuid, model, redirect, "The addendum is added", Map.of("text", text == null ? "" : text),
                () -> interviews.addAddendum(uuid, text));
    }

    @PostMapping("/inspections/{id}/hits/{hitId}/disposition")
    @PreAuthorize("hasAnyRole('SECONDARY_OFFICER', 'SUPERVISOR')")
    String dispose(@PathVariable String id, @PathVariable String hitId, @RequestParam(required = false) String disposition,
                   @RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
        UUID uuid = InspectionApiController.uuid(id);
        return act(uuid, model, redirect, "The hit's disposition is recorded", Map.of(),
                () -> inspections.disposeHit(uuid, InspectionApiController.uuid(hitId), disposition, note));
    }

    @PostMapping("/inspections/{id}/secondary-decision")
    @PreAuthorize("hasAnyRole('SECONDARY_OFFICER', 'SUPERVISOR')")
    String decideSecondary(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Model model,
                           RedirectAttributes redirect) {
        UUID uuid = InspectionApiController.uuid(id);
        LocalDate until;
        try {
            until = blank(form.getFirst("permittedUntil")) ? null : LocalDate.parse(form.getFirst("permittedUntil"));
        } catch (RuntimeException e) {
            model.addAttribute("errors", Map.of("permittedUntil", "A date, YYYY-MM-DD"));
            model.addAttribute("form", form.toSingleValueMap());
            return referralPage(uuid, model);
        }
        List<String> grounds = form.getOrDefault("grounds", List.of());
        List<String> conditions = blank(form.getFirst("conditions")) ? List.of()
                : List.of(form.getFirst("conditions").split("\\r?\\n"));
        Map<String, String> kept = new LinkedHashMap<>(form.toSingleValueMap());
        kept.put("grounds", String.join("\n", grounds));
        return act(uuid, model, redirect, "The decision is recorded", kept, () -> inspections.decideSecondary(uuid,
                new InspectionService.SecondaryDecision(form.getFirst("outcome"), until, conditions, new ArrayList<>(grounds),
                        form.getFirst("reason"), form.getFirst("carrier"), form.getFirst("flightOrVessel"),
                        form.getFirst("handedOverTo"))));
    }

    @PostMapping("/inspections/{id}/refusal-review")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String reviewRefusal(@PathVariable String id, @RequestParam(required = false) String approved,
                         @RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
        UUID uuid = InspectionApiController.uuid(id);
        return act(uuid, model, redirect, "true".equals(approved) ? "The refusal is approved" : "The refusal is sent back",
                Map.of(), () -> inspections.reviewRefusal(uuid, "true".equals(approved), note));
    }

    @GetMapping("/inspections/{id}/notice.pdf")
    @PreAuthorize("hasAnyRole('SECONDARY_OFFICER', 'SUPERVISOR')")
    ResponseEntity<byte[]> notice(@PathVariable String id) {
        UUID uuid = InspectionApiController.uuid(id);
        try {
            byte[] pdf = notices.notice(uuid);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                            .filename("refusal-notice-" + RefusalNotices.reference(uuid) + ".pdf").build().toString())
                    .body(pdf);
        } catch (InspectionConflictException e) {
            throw new RecordNotFoundException("refusal notice", id);
        }
    }

    private static Map<String, String> errors(InvalidRequestException e) {
        Map<String, String> out = new LinkedHashMap<>();
        e.problems().forEach(p -> out.putIfAbsent(p.field(), p.message()));
        return out;
    }

    private static String value(MultiValueMap<String, String> form, String field) {
        String v = form.getFirst(field);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return v.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String or(String s, String fallback) {
        return blank(s) ? fallback : s.strip();
    }
}

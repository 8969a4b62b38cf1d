package org.atoll.visa.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.atoll.ConcurrentEditException;
import org.atoll.InvalidRequestException;
import org.atoll.RecordNotFoundException;
import org.atoll.access.CurrentOfficer;
import org.atoll.access.Role;
import org.atoll.regulation.Issuance;
import org.atoll.regulation.Regulations;
import org.atoll.visa.VisaApplicationId;
import org.atoll.visa.domain.ApplicationStatus;
import org.atoll.visa.domain.FourEyesException;
import org.atoll.visa.domain.TransitionNotAllowedException;
import org.atoll.visa.domain.VisaApplication;
import org.atoll.visa.internal.ApplicationScreening;
import org.atoll.visa.internal.VisaApplications;
import org.atoll.visa.internal.VisaRegister;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The visa officers' pages: the work queue (filters, oldest first), an application with the
 * applicant's history, its documents and the action its status allows, the decision form.
 */
@Controller
@RequestMapping("/visas")
@PreAuthorize("hasAnyRole('VISA_OFFICER', 'SUPERVISOR')")
class VisaPagesController {

    private final VisaApplications applications;
    private final VisaRegister register;
    private final Regulations regulations;
    private final CurrentOfficer currentOfficer;
    private final ApplicationScreening screening;
    private final java.time.Clock clock;

    VisaPagesController(VisaApplications applications, VisaRegister register, Regulations regulations, CurrentOfficer currentOfficer,
                        ApplicationScreening screening, java.time.Clock clock) {
        this.clock = clock;
        this.applications = applications;
        this.screening = screening;
        this.register = register;
        this.regulations = regulations;
        this.currentOfficer = currentOfficer;
    }

    @GetMapping
    String queue(@RequestParam(required = false) String status, @RequestParam(required = false) String visaType,
                 @RequestParam(required = false) String nationality,
                 @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        List<ApplicationStatus> statuses = new ArrayList<>();
        if (status != null && !status.isBlank() && !status.equals("OPEN")) {
            try {
                statuses.add(ApplicationStatus.valueOf(status));
            } catch (IllegalArgumentException e) {
                model.addAttribute("filterError", status);
            }
        }
        List<VisaApplication> found = applications.queue(statuses, upper(visaType), upper(nationality));
        var clearances = screening.clearances(found.stream().map(VisaApplication::id).toList());
        model.addAttribute("applications", found);
        model.addAttribute("rows", found.stream().map(a -> new VisaViews.QueueRow(a, VisaViews.alertState(clearances.get(a.id())),
                clearances.get(a.id()).blocking().size())).toList());
        model.addAttribute("status", status == null || status.isBlank() ? "OPEN" : status);
        model.addAttribute("visaType", upper(visaType));
        model.addAttribute("nationality", upper(nationality));
        model.addAttribute("statuses", ApplicationStatus.values());
        model.addAttribute("types", regulations.inForceToday().map(s -> s.visaTypes().stream()
                .filter(t -> t.issuance() == Issuance.IN_ADVANCE).toList()).orElse(List.of()));
        return htmx != null ? "visa/queue :: results" : "visa/queue";
    }

    /** The new-application form's fields, as typed (strings and dates), to show again with errors. */
    public record NewApplicationForm(String surname, String givenNames,
                                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirth, String nationality,
                                     String sex, String passportNumber, String passportIssuingState,
                                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate passportExpiry,
                                     String visaType, String purpose,
                                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate intendedArrival,
                                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate intendedDeparture,
                                     String sponsorKind, String sponsorName, String sponsorContact, String feeStatus) {
        static NewApplicationForm empty() {
            return new NewApplicationForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, "UNPAID");
        }
    }

    @GetMapping("/applications/new")
    String newApplication(Model model) {
        return newApplicationPage(NewApplicationForm.empty(), java.util.Map.of(), model);
    }

    @PostMapping("/applications")
    String submit(@org.springframework.web.bind.annotation.ModelAttribute NewApplicationForm form, Model model,
                  RedirectAttributes redirect) {
        try {
            VisaApplication created = applications.submit(new org.atoll.visa.internal.ApplicationForm(form.surname(),
                    form.givenNames(), form.dateOfBirth(), form.nationality(), form.sex(), form.passportNumber(),
                    form.passportIssuingState(), form.passportExpiry(), form.visaType(), form.purpose(), form.intendedArrival(),
                    form.intendedDeparture(), form.sponsorKind(), form.sponsorName(), form.sponsorContact(), form.feeStatus()));
            redirect.addFlashAttribute("done", "visa.done.submitted");
            return "redirect:/visas/applications/" + created.id();
        } catch (InvalidRequestException e) {
            java.util.Map<String, String> byField = new java.util.LinkedHashMap<>();
            e.problems().forEach(p -> byField.putIfAbsent(formField(p.field()), p.message()));
            model.addAttribute("errors", e.problems());
            return newApplicationPage(form, byField, model);
        }
    }

    /** The API's field names ({@code applicant.passport.number}) as the form's ({@code passportNumber}). */
    static String formField(String apiField) {
        switch (apiField) {
            case "applicant.surname": return "surname";
            case "applicant.dateOfBirth": return "dateOfBirth";
            case "applicant.nationality": return "nationality";
            case "applicant.sex": return "sex";
            case "applicant.passport.number": return "passportNumber";
            case "applicant.passport.issuingState": return "passportIssuingState";
            case "applicant.passport.expiry": return "passportExpiry";
            case "sponsor": return "sponsorName";
            default: return apiField;
        }
    }

    private String newApplicationPage(NewApplicationForm form, java.util.Map<String, String> fieldErrors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("fieldErrors", fieldErrors);
        model.addAttribute("types", regulations.inForceToday().map(s -> s.visaTypes().stream()
                .filter(t -> t.issuance() == Issuance.IN_ADVANCE).toList()).orElse(List.of()));
        model.addAttribute("purposes", org.atoll.regulation.Purpose.values());
        return "visa/new-application";
    }

    /** Visas issued for a passport: the visa office's (and the border's) look-up by nationality and document number. */
    @GetMapping("/lookup")
    String lookup(@RequestParam(required = false) String nationality, @RequestParam(required = false) String documentNumber,
                  @RequestParam(required = false) String number, Model model) {
        if (number != null && !number.isBlank()) {
            String wanted = number.strip().toUpperCase(Locale.ROOT);
            model.addAttribute("number", wanted);
            if (org.atoll.visa.VisaNumber.isWellFormed(wanted) && register.byNumber(org.atoll.visa.VisaNumber.of(wanted)).isPresent()) {
                return "redirect:/visas/visas/" + wanted;
            }
            model.addAttribute("fieldErrors", java.util.Map.of("number", "No visa has the number " + wanted));
            return "visa/lookup";
        }
        String n = upper(nationality);
        String d = documentNumber == null || documentNumber.isBlank() ? null : documentNumber.strip().toUpperCase(Locale.ROOT);
        model.addAttribute("nationality", n);
        model.addAttribute("documentNumber", d);
        java.util.Map<String, String> fieldErrors = new java.util.LinkedHashMap<>();
        if (n != null || d != null) {
            if (n == null || !org.atoll.reference.CountryCode.isWellFormed(n)) {
                fieldErrors.put("nationality", "The passport's nationality as a 3-letter code, e.g. BGD");
            }
            org.atoll.document.DocumentNumber passport = null;
            try {
                passport = org.atoll.document.DocumentNumber.of(d == null ? "" : d);
            } catch (IllegalArgumentException e) {
                fieldErrors.put("documentNumber", "The passport number: " + e.getMessage());
            }
            if (fieldErrors.isEmpty()) {
                LocalDate today = LocalDate.now(clock);
                model.addAttribute("today", today);
                model.addAttribute("found", register.forPassport(org.atoll.reference.CountryCode.of(n), passport));
            }
        }
        model.addAttribute("fieldErrors", fieldErrors);
        return "visa/lookup";
    }

    @GetMapping("/visas/{number}")
    String visa(@PathVariable String number, Model model) {
        return visaPage(register.get(VisaApiController.visaNumber(number)), model);
    }

    private String visaPage(org.atoll.visa.domain.IssuedVisa visa, Model model) {
        model.addAttribute("visa", visa);
        model.addAttribute("typeName", register.typeName(visa));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("record", visa.toRecord());
        model.addAttribute("provisions", applications.provisionsInForce());
        if (!model.containsAttribute("fieldErrors")) {
            model.addAttribute("fieldErrors", java.util.Map.of());
        }
        return "visa/visa";
    }

    private interface VisaAction {
        void run(org.atoll.visa.VisaNumber number);
    }

    private String visaAct(String rawNumber, Model model, RedirectAttributes redirect, String doneKey, VisaAction action) {
        return visaAct(rawNumber, "", model, redirect, doneKey, action);
    }

    /** {@code form} prefixes the field names, so that two forms on the page keep their errors apart. */
    private String visaAct(String rawNumber, String form, Model model, RedirectAttributes redirect, String doneKey,
                           VisaAction action) {
        org.atoll.visa.VisaNumber number = VisaApiController.visaNumber(rawNumber);
        try {
            action.run(number);
            redirect.addFlashAttribute("done", doneKey);
            return "redirect:/visas/visas/" + number;
        } catch (InvalidRequestException e) {
            java.util.Map<String, String> byField = new java.util.LinkedHashMap<>();
            e.problems().forEach(p -> byField.putIfAbsent(form + p.field().replaceAll("\\[\\d+]$", ""), p.message()));
            model.addAttribute("errors", e.problems());
            model.addAttribute("fieldErrors", byField);
        } catch (ConcurrentEditException e) {
            model.addAttribute("stale", true);
        }
        return visaPage(register.get(number), model);
    }

    @PostMapping("/visas/{number}/extensions")
    String requestExtension(@PathVariable String number, @RequestParam(required = false) Long version,
                            @RequestParam(required = false) Integer days, @RequestParam(required = false) String reason,
                            Model model, RedirectAttributes redirect) {
        return visaAct(number, model, redirect, "visa.done.extensionRequested",
                n -> register.requestExtension(n, days, reason, version));
    }

    @PostMapping("/visas/{number}/extensions/{extensionId}/decision")
    String decideExtension(@PathVariable String number, @PathVariable String extensionId,
                           @RequestParam(required = false) Long version, @RequestParam(required = false) String decision,
                           @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        UUID id;
        try {
            id = UUID.fromString(extensionId);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("visa extension", extensionId);
        }
        return visaAct(number, model, redirect, "visa.done.extensionDecided",
                n -> register.decideExtension(n, id, decision, reason, version));
    }

    @PostMapping("/visas/{number}/revocation")
    String revoke(@PathVariable String number, @RequestParam(required = false) Long version,
                  @RequestParam(required = false) String reason,
                  @RequestParam org.springframework.util.MultiValueMap<String, String> form, Model model,
                  RedirectAttributes redirect) {
        List<String> grounds = form.getOrDefault("grounds", List.of());
        return visaAct(number, "revoke.", model, redirect, "visa.done.revoked", n -> register.revoke(n, grounds, reason, version));
    }

    @GetMapping("/applications/{id}")
    String application(@PathVariable String id, Model model) {
        return page(applications.get(VisaApplicationApiController.applicationId(id)), model);
    }

    private String page(VisaApplication a, Model model) {
        model.addAttribute("a", a);
        model.addAttribute("type", applications.type(a.visaType()).orElse(null));
        model.addAttribute("documents", applications.documents(a.id()));
        model.addAttribute("others", applications.otherApplications(a));
        model.addAttribute("visa", applications.visaFor(a).orElse(null));
        model.addAttribute("provisions", applications.provisionsInForce());
        model.addAttribute("needsSupervisor", applications.refusalNeedsSupervisor(a.visaType()));
        model.addAttribute("clearance", screening.clearance(a.id()));
        model.addAttribute("feeStatuses", org.atoll.visa.domain.FeeStatus.values());
        model.addAttribute("feeRecords", applications.feeRecords(a.id()));
        boolean supervisor = currentOfficer.officer().map(o -> o.has(Role.SUPERVISOR)).orElse(false);
        model.addAttribute("isSupervisor", supervisor);
        if (!model.containsAttribute("fieldErrors")) {
            model.addAttribute("fieldErrors", java.util.Map.of());
        }
        if (!model.containsAttribute("decision")) {
            model.addAttribute("decision", new DecisionForm(null, List.of(), null));
        }
        return "visa/application";
    }

    /** What the decision form sent back, to show again with its errors. */
    record DecisionForm(String decision, List<String> grounds, String reason) {
        public boolean hasGround(String reference) {
            return grounds != null && grounds.contains(reference);
        }
    }

    @PostMapping("/applications/{id}/review")
    String review(@PathVariable String id, @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
        return act(id, model, redirect, "visa.done.review", a -> applications.startReview(a, version));
    }

    @PostMapping("/applications/{id}/interview")
    String interview(@PathVariable String id, @RequestParam(required = false) Long version,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime at,
                     @RequestParam(required = false) String place, Model model, RedirectAttributes redirect) {
        return act(id, model, redirect, "visa.done.interview", a -> applications.scheduleInterview(a, at, place, version));
    }

    @PostMapping("/applications/{id}/withdraw")
    String withdraw(@PathVariable String id, @RequestParam(required = false) Long version,
                    @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        return act(id, model, redirect, "visa.done.withdraw", a -> applications.withdraw(a, reason, version));
    }

    @PostMapping("/applications/{id}/decision")
    String decide(@PathVariable String id, @RequestParam(required = false) Long version,
                  @RequestParam(required = false) String decision, @RequestParam(required = false) String reason,
                  @RequestParam org.springframework.util.MultiValueMap<String, String> form, Model model,
                  RedirectAttributes redirect) {
        // the raw values: a single provision reference holds commas, which a List<String> parameter would split
        List<String> grounds = form.getOrDefault("grounds", List.of());
        model.addAttribute("decision", new DecisionForm(decision, grounds, reason));
        return act(id, model, redirect, "visa.done.decision", a -> applications.decide(a, decision, grounds, reason, version));
    }

    @PostMapping("/applications/{id}/screening")
    String screenAgain(@PathVariable String id, Model model, RedirectAttributes redirect) {
        return act(id, model, redirect, "visa.done.screened", a -> {
            screening.screenAgain(a);
            return null;
        });
    }

    @PostMapping("/applications/{id}/alert-hits/{hitId}/disposition")
    String disposeHit(@PathVariable String id, @PathVariable String hitId, @RequestParam(required = false) String disposition,
                      @RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
        UUID hit;
        try {
            hit = UUID.fromString(hitId);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("alert hit", hitId);
        }
        model.addAttribute("disposingHit", hitId);
        return act(id, model, redirect, "visa.done.hitDisposed", a -> {
            screening.dispose(a, hit, disposition, note);
            return null;
        });
    }

    @PostMapping("/applications/{id}/fee")
    String fee(@PathVariable String id, @RequestParam(required = false) Long version,
               @RequestParam(required = false) String feeStatus, @RequestParam(required = false) String amount,
               @RequestParam(required = false) String receipt, Model model, RedirectAttributes redirect) {
        return act(id, model, redirect, "visa.done.fee", a -> applications.recordFee(a, feeStatus, amount, receipt, null, version));
    }

    @PostMapping("/applications/{id}/refusal-review")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String refusalReview(@PathVariable String id, @RequestParam(required = false) Long version,
                         @RequestParam(required = false) Boolean approve, @RequestParam(required = false) String note,
                         Model model, RedirectAttributes redirect) {
        return act(id, model, redirect, "visa.done.refusalReview", a -> applications.reviewRefusal(a, approve, note, version));
    }

    @PostMapping("/applications/{id}/issue")
    String issue(@PathVariable String id, @RequestParam(required = false) Long version,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
                 @RequestParam(required = false) Integer permittedStayDays, @RequestParam(required = false) String format,
                 Model model, RedirectAttributes redirect) {
        return act(id, model, redirect, "visa.done.issue", a -> {
            applications.issue(a, new VisaApplications.IssueRequest(null, validUntil, null, permittedStayDays, null,
                    format == null || format.isBlank() ? null : format), version);
            return null;
        });
    }

    @PostMapping("/applications/{id}/documents")
    String upload(@PathVariable String id, @RequestParam("file") MultipartFile file,
                  @RequestParam(required = false) String description, Model model, RedirectAttributes redirect) throws IOException {
        VisaApplicationId applicationId = VisaApplicationApiController.applicationId(id);
        try {
            applications.upload(applicationId, new VisaApplications.Upload(file.getOriginalFilename(), file.getContentType(),
                    file.getSize(), file.getBytes(), description));
            redirect.addFlashAttribute("done", "visa.done.upload");
            return "redirect:/visas/applications/" + id + "#documents";
        } catch (InvalidRequestException e) {
            model.addAttribute("uploadError", e.getMessage().replaceFirst("^file: ", ""));
        } catch (VisaApplications.DocumentTooLargeException e) {
            model.addAttribute("uploadError", e.getMessage());
        }
        return page(applications.get(applicationId), model);
    }

    @GetMapping("/applications/{id}/documents/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable String id, @PathVariable String documentId) {
        UUID docId;
        try {
            docId = UUID.fromString(documentId);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("supporting document", documentId);
        }
        var document = applications.document(VisaApplicationApiController.applicationId(id), docId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.info().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(document.info().fileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(document.content());
    }

    @GetMapping("/applications/{id}/refusal-notice.pdf")
    ResponseEntity<byte[]> notice(@PathVariable String id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("refusal-notice.pdf").build().toString())
                .body(applications.refusalNotice(VisaApplicationApiController.applicationId(id)));
    }

    @GetMapping("/visas/{number}.pdf")
    ResponseEntity<byte[]> visaPdf(@PathVariable String number) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("visa-" + number + ".pdf").build().toString())
                .body(register.pdf(VisaApiController.visaNumber(number)));
    }

    private interface Action {
        VisaApplication run(VisaApplicationId id);
    }

    /** Runs an action and redirects (post-redirect-get), or shows the page again with what went wrong. */
    private String act(String rawId, Model model, RedirectAttributes redirect, String doneKey, Action action) {
        VisaApplicationId id = VisaApplicationApiController.applicationId(rawId);
        try {
            action.run(id);
            redirect.addFlashAttribute("done", doneKey);
            return "redirect:/visas/applications/" + id;
        } catch (InvalidRequestException e) {
            model.addAttribute("errors", e.problems());
            java.util.Map<String, String> byField = new java.util.LinkedHashMap<>();
            e.problems().forEach(p -> byField.putIfAbsent(p.field().replaceAll("\\[\\d+]$", ""), p.message()));
            model.addAttribute("fieldErrors", byField);
        } catch (ConcurrentEditException e) {
            model.addAttribute("stale", true);
        } catch (TransitionNotAllowedException | FourEyesException e) {
            model.addAttribute("notAllowed", e.getMessage());
        }
        return page(applications.get(id), model);
    }

    private static String upper(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}

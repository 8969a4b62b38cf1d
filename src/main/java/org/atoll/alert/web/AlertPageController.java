package org.atoll.alert.web;

import java.util.List;

import org.atoll.ConcurrentEditException;
import org.atoll.InvalidRequestException;
import org.atoll.access.Agencies;
import org.atoll.access.CurrentOfficer;
import org.atoll.alert.internal.AlertService;
import org.atoll.alert.internal.AlertVersion;
import org.atoll.alert.internal.Viewer;
import org.atoll.alert.model.ActionOnHit;
import org.atoll.alert.model.Alert;
import org.atoll.alert.model.AlertCategory;
import org.atoll.alert.model.AlertId;
import org.atoll.alert.model.AlertStatus;
import org.atoll.alert.model.DocumentAlertReason;
import org.atoll.alert.model.Sensitivity;
import org.atoll.alert.model.WarningMarker;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The alert list, an alert's page (details, status, review, history) and the alert editor. */
@Controller
@RequestMapping("/alerts")
class AlertPageController {

    private final AlertService alerts;
    private final Agencies agencies;
    private final CurrentOfficer currentOfficer;

    AlertPageController(AlertService alerts, Agencies agencies, CurrentOfficer currentOfficer) {
        this.alerts = alerts;
        this.agencies = agencies;
        this.currentOfficer = currentOfficer;
    }

    private Viewer viewer() {
        return Viewer.current(currentOfficer);
    }

    /** Rows on a page of the alert list and the hit queue. */
    static final int PAGE_SIZE = 200;

    @GetMapping
    @PreAuthorize(AlertRoles.READ)
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
                @RequestParam(required = false) String category, @RequestParam(required = false) String agency,
                @RequestParam(required = false) String kind, @RequestParam(required = false) Integer page,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        try {
            Paging paging = Paging.of(page, PAGE_SIZE, null, PAGE_SIZE);
            var found = paging.cut(alerts.search(new AlertService.Search(q, status, category, agency, kind), viewer(),
                    paging.fetch(), paging.offset()));
            model.addAttribute("alerts", found.rows());
            model.addAttribute("paged", found);
        } catch (InvalidRequestException e) {
            model.addAttribute("alerts", List.of());
            model.addAttribute("filterError", e.getMessage());
        }
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("category", category);
        model.addAttribute("agency", agency);
        model.addAttribute("kind", kind);
        model.addAttribute("statuses", AlertStatus.values());
        model.addAttribute("categories", AlertCategory.values());
        model.addAttribute("agencies", agencies.all());
        model.addAttribute("today", alerts.today());
        model.addAttribute("manager", viewer().roles().contains(org.atoll.access.Role.ALERT_MANAGER));
        return htmx != null ? "alerts/list :: results" : "alerts/list";
    }

    @GetMapping("/new")
    @PreAuthorize(AlertRoles.MANAGE)
    String newAlert(@RequestParam(required = false, defaultValue = "PERSON") String kind, Model model) {
        AlertForm form = new AlertForm();
        form.setKind(kind);
        form.setReviewDate(alerts.today().plusYears(1).toString());
        if ("DOCUMENT".equals(form.getKind())) {
            form.setCategory(AlertCategory.DOCUMENT_SEIZURE.name());
            form.setActionOnHit(ActionOnHit.SEIZE_DOCUMENT.name());
        }
        model.addAttribute("alert", form);
        return form(model, null);
    }

    @PostMapping
    @PreAuthorize(AlertRoles.MANAGE)
    String create(@ModelAttribute("alert") AlertForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        var fields = form.toFields();
        form.parseProblems().forEach(p -> binding.rejectValue(p[0], "invalid", p[1]));
        if (binding.hasErrors()) {
            return form(model, null);
        }
        try {
            Alert created = alerts.create(fields, form.getStatus(), viewer());
            redirect.addFlashAttribute("saved", created.content().externalReference());
            return "redirect:/alerts/" + created.id();
        } catch (InvalidRequestException e) {
            reject(e, binding);
            return form(model, null);
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize(AlertRoles.READ)
    String view(@PathVariable String id, Model model) {
        Viewer viewer = viewer();
        Alert alert = alerts.read(AlertApiController.id(id), viewer);
        List<AlertVersion> history = alerts.history(alert.id(), viewer);
        model.addAttribute("a", alert);
        model.addAttribute("fields", alert.content().toFields());
        model.addAttribute("history", history);
        model.addAttribute("mayManage", viewer.manages(alert.content()));
        model.addAttribute("nextStatuses", alert.status().next());
        model.addAttribute("today", alerts.today());
        model.addAttribute("reviewOverdue", alert.content().reviewDate().isBefore(alerts.today()));
        return "alerts/view";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(AlertRoles.MANAGE)
    String edit(@PathVariable String id, Model model) {
        Alert alert = alerts.read(AlertApiController.id(id), viewer());
        model.addAttribute("alert", AlertForm.of(alert.content().toFields(), alert.version()));
        return form(model, alert);
    }

    @PostMapping("/{id}")
    @PreAuthorize(AlertRoles.MANAGE)
    String update(@PathVariable String id, @ModelAttribute("alert") AlertForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        AlertId alertId = AlertApiController.id(id);
        var fields = form.toFields();
        form.parseProblems().forEach(p -> binding.rejectValue(p[0], "invalid", p[1]));
        if (!binding.hasErrors()) {
            try {
                Alert saved = alerts.revise(alertId, fields, form.getVersion(), form.getChangeReason(), viewer());
                redirect.addFlashAttribute("saved", saved.content().externalReference());
                return "redirect:/alerts/" + saved.id();
            } catch (InvalidRequestException e) {
                reject(e, binding);
            } catch (ConcurrentEditException e) {
                binding.reject("stale", "Someone else changed this alert while you were editing (now version "
                        + e.currentVersion() + "). Open it again and make your change on the current version.");
            }
        }
        return form(model, alerts.read(alertId, viewer()));
    }

    @PostMapping("/{id}/status")
    @PreAuthorize(AlertRoles.MANAGE)
    String status(@PathVariable String id, @RequestParam String status, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            Alert changed = alerts.changeStatus(AlertApiController.id(id), status, reason, version, viewer());
            redirect.addFlashAttribute("statusChanged", changed.status().name());
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("statusError", e.getMessage());
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("statusError", "Someone else changed the alert meanwhile; check it and try again.");
        }
        return "redirect:/alerts/" + id;
    }

    @PostMapping("/{id}/review")
    @PreAuthorize(AlertRoles.MANAGE)
    String review(@PathVariable String id, @RequestParam(required = false) String nextReviewDate,
                  @RequestParam(required = false) String note, @RequestParam(required = false) Long version,
                  RedirectAttributes redirect) {
        try {
            alerts.renewReview(AlertApiController.id(id), nextReviewDate, note, version, viewer());
            redirect.addFlashAttribute("reviewed", nextReviewDate);
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("reviewError", e.getMessage());
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("reviewError", "Someone else changed the alert meanwhile; check it and try again.");
        }
        return "redirect:/alerts/" + id;
    }

    @GetMapping("/review")
    @PreAuthorize(AlertRoles.MANAGE)
    String reviewQueue(Model model) {
        model.addAttribute("due", alerts.reviewQueue(viewer()));
        model.addAttribute("today", alerts.today());
        return "alerts/review";
    }

    private String form(Model model, Alert stored) {
        model.addAttribute("stored", stored);
        model.addAttribute("categories", AlertCategory.values());
        model.addAttribute("actions", ActionOnHit.values());
        model.addAttribute("markers", WarningMarker.values());
        model.addAttribute("sensitivities", Sensitivity.values());
        model.addAttribute("documentReasons", DocumentAlertReason.values());
        model.addAttribute("agencies", agencies.all().stream().filter(Agencies.AgencySummary::active)
                .filter(a -> viewer().agency().map(own -> !own.equals(a.code())).orElse(true)).toList());
        return "alerts/form";
    }

    static void reject(InvalidRequestException e, BindingResult binding) {
        for (var p : e.problems()) {
            String field = AlertForm.formField(p.field());
            if (field != null && binding.getFieldType(field) != null) {
                binding.rejectValue(field, "invalid", p.message());
            } else {
                binding.reject("invalid", p.message());
            }
        }
    }
}

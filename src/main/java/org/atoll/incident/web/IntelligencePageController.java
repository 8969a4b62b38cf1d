package org.atoll.incident.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.atoll.InvalidRequestException;
import org.atoll.access.AgencyCode;
import org.atoll.access.CurrentOfficer;
import org.atoll.incident.IntelligenceReportId;
import org.atoll.incident.domain.IntelligenceReport;
import org.atoll.incident.domain.Recipient;
import org.atoll.incident.domain.Sensitivity;
import org.atoll.incident.internal.IntelligenceService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The intelligence inbox, the report form and the report page with its dissemination form. */
@Controller
@PreAuthorize("hasRole('OFFICER')")
class IntelligencePageController {

    private final IntelligenceService intelligence;
    private final CurrentOfficer current;

    IntelligencePageController(IntelligenceService intelligence, CurrentOfficer current) {
        this.intelligence = intelligence;
        this.current = current;
    }

    @GetMapping("/intelligence")
    String inbox(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("reports", intelligence.inbox(current.require(), q));
        model.addAttribute("q", q);
        return "incident/inbox";
    }

    @GetMapping("/intelligence/new")
    String form(Model model) {
        return formPage(model, new LinkedHashMap<>(), Map.of(), List.of());
    }

    @PostMapping("/intelligence")
    String create(@RequestParam Map<String, String> form, @RequestParam(required = false) List<String> permitted, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate date = null;
        try {
            date = form.get("reportDate") == null || form.get("reportDate").isBlank() ? null : LocalDate.parse(form.get("reportDate"));
        } catch (DateTimeParseException e) {
            errors.put("reportDate", "A date such as 2026-03-31");
        }
        Sensitivity sensitivity = null;
        try {
            sensitivity = Sensitivity.valueOf(form.getOrDefault("sensitivity", ""));
        } catch (IllegalArgumentException e) {
            errors.put("sensitivity", "Choose a sensitivity");
        }
        if (errors.isEmpty()) {
            try {
                IntelligenceReport r = intelligence.create(current.require(), new IntelligenceService.NewReport(date,
                        form.get("subject"), form.get("content"), form.get("sourceReliability"),
                        form.get("informationCredibility"), form.get("handlingCode"),
                        permitted == null ? null : new LinkedHashSet<>(permitted), form.containsKey("mayBePassedOn"),
                        form.get("sanitisedSummary"), sensitivity, List.of()));
                return "redirect:/intelligence/" + r.id();
            } catch (InvalidRequestException e) {
                errors.putAll(IncidentPageController.fieldErrors(e));
            }
        }
        return formPage(model, form, errors, permitted == null ? List.of() : permitted);
    }

    private String formPage(Model model, Map<String, String> form, Map<String, String> errors, List<String> permitted) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("permitted", permitted);
        model.addAttribute("scheme", intelligence.scheme().name());
        model.addAttribute("sensitivities", Sensitivity.values());
        model.addAttribute("agencies", IncidentPageController.AGENCIES);
        return "incident/intelligence-form";
    }

    @GetMapping("/intelligence/{id}")
    String report(@PathVariable String id, Model model) {
        return page(IntelligenceApiController.reportId(id), model, Map.of(), null);
    }

    private String page(IntelligenceReportId id, Model model, Map<String, String> errors, String notice) {
        model.addAttribute("view", intelligence.read(current.require(), id));
        model.addAttribute("agencies", IncidentPageController.AGENCIES);
        model.addAttribute("errors", errors);
        model.addAttribute("notice", notice);
        return "incident/intelligence";
    }

    @PostMapping("/intelligence/{id}/disseminations")
    String disseminate(@PathVariable String id, @RequestParam String agency, @RequestParam(required = false) String officer,
                       Model model) {
        IntelligenceReportId report = IntelligenceApiController.reportId(id);
        try {
            AgencyCode to = AgencyCode.of(agency);
            Recipient r = officer == null || officer.isBlank() ? Recipient.agency(to) : Recipient.officer(officer.trim(), to);
            intelligence.disseminate(current.require(), report, List.of(r));
        } catch (IntelligenceService.DisseminationRefused e) {
            return page(report, model, Map.of("agency", e.getMessage()), null);
        } catch (IllegalArgumentException e) {
            return page(report, model, Map.of("agency", e.getMessage()), null);
        }
        return "redirect:/intelligence/" + id;
    }
}

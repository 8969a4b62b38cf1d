package org.atoll.alert.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.atoll.ConcurrentEditException;
import org.atoll.InvalidRequestException;
import org.atoll.RecordNotFoundException;
import org.atoll.access.CurrentOfficer;
import org.atoll.alert.internal.HitService;
import org.atoll.alert.internal.ScreeningRequest;
import org.atoll.alert.internal.ScreeningService;
import org.atoll.alert.internal.Viewer;
import org.atoll.alert.model.Disposition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Screening a traveller by hand, the hit queue, a hit beside its alert with the disposition form, and notifications. */
@Controller
@RequestMapping("/alerts")
class HitPageController {

    private final ScreeningService screening;
    private final HitService hits;
    private final CurrentOfficer currentOfficer;

    HitPageController(ScreeningService screening, HitService hits, CurrentOfficer currentOfficer) {
        this.screening = screening;
        this.hits = hits;
        this.currentOfficer = currentOfficer;
    }

    private Viewer viewer() {
        return Viewer.current(currentOfficer);
    }

    /** The screening form's fields, kept as typed so the form comes back with them. */
    public record ScreeningForm(String surname, String givenNames, String dateOfBirth, String nationality, String sex,
                                String documentIssuingState, String documentNumber) {

        ScreeningRequest request() {
            List<ScreeningRequest.Document> documents = new ArrayList<>();
            if (documentNumber != null && !documentNumber.isBlank()) {
                documents.add(new ScreeningRequest.Document(documentIssuingState, documentNumber));
            }
            return new ScreeningRequest(List.of(), surname, givenNames, dateOfBirth, nationality, sex, documents);
        }

        static ScreeningForm empty() {
            return new ScreeningForm("", "", "", "", "", "", "");
        }
    }

    @GetMapping("/screen")
    @PreAuthorize(AlertRoles.SCREEN)
    String screenForm(Model model) {
        model.addAttribute("form", ScreeningForm.empty());
        return "alerts/screen";
    }

    @PostMapping("/screen")
    @PreAuthorize(AlertRoles.SCREEN)
    String screen(ScreeningForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("mayDispose", viewer().roles().stream().anyMatch(AlertMenu.ADJUDICATORS::contains));
        try {
            model.addAttribute("outcome", screening.screen(form.request(), viewer()));
        } catch (InvalidRequestException e) {
            model.addAttribute("errors", e.problems());
        }
        return "alerts/screen";
    }

    @GetMapping("/hits")
    @PreAuthorize(AlertRoles.DISPOSE)
    String queue(@RequestParam(required = false, defaultValue = "PENDING") String disposition,
                 @RequestParam(required = false) Integer page, Model model) {
        String filter = "ALL".equals(disposition) ? null : disposition;
        Paging paging = Paging.of(page, AlertPageController.PAGE_SIZE, null, AlertPageController.PAGE_SIZE);
        var found = paging.cut(hits.queue(filter, viewer(), paging.fetch(), paging.offset()));
        model.addAttribute("hits", found.rows());
        model.addAttribute("paged", found);
        model.addAttribute("disposition", disposition);
        model.addAttribute("dispositions", Disposition.values());
        return "alerts/hits";
    }

    @GetMapping("/hits/{id}")
    @PreAuthorize(AlertRoles.DISPOSE)
    String hit(@PathVariable String id, Model model) {
        HitService.HitDetail detail = hits.detail(HitApiController.id(id), viewer());
        model.addAttribute("d", detail);
        model.addAttribute("h", detail.hit());
        model.addAttribute("alertFields", detail.visibleAlert().map(a -> a.content().toFields()).orElse(null));
        model.addAttribute("choices", detail.hit().disposition().next());
        return "alerts/hit";
    }

    @PostMapping("/hits/{id}/disposition")
    @PreAuthorize(AlertRoles.DISPOSE)
    String dispose(@PathVariable String id, @RequestParam(required = false) String disposition,
                   @RequestParam(required = false) String note, @RequestParam(required = false) Long version,
                   RedirectAttributes redirect) {
        try {
            hits.dispose(HitApiController.id(id), disposition, note, version, viewer());
            redirect.addFlashAttribute("disposed", disposition);
            return "redirect:/alerts/hits";
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("dispositionErrors", e.problems());
            redirect.addFlashAttribute("note", note);
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("dispositionErrors", List.of(new InvalidRequestException.FieldProblem("disposition",
                    "Another officer judged this hit meanwhile; see the current disposition.")));
        }
        return "redirect:/alerts/hits/" + id;
    }

    @GetMapping("/notifications")
    @PreAuthorize(AlertRoles.NOTIFICATIONS)
    String notifications(Model model) {
        model.addAttribute("notifications", hits.notifications(viewer(), false));
        return "alerts/notifications";
    }

    @PostMapping("/notifications/{id}/read")
    @PreAuthorize(AlertRoles.NOTIFICATIONS)
    String markRead(@PathVariable String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("alert-notification", id);
        }
        hits.markRead(uuid, viewer());
        return "redirect:/alerts/notifications";
    }
}

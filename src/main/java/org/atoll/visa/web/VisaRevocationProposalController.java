package org.atoll.visa.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.atoll.InvalidRequestException;
import org.atoll.RecordNotFoundException;
import org.atoll.access.CurrentOfficer;
import org.atoll.access.MenuContributor;
import org.atoll.access.MenuEntry;
import org.atoll.access.Role;
import org.atoll.visa.internal.VisaRevocationProposalStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Revocation proposals for the visa officers: the list (open first) linking to each visa's page,
 * where the revocation form decides; and dismissal with a note. The JSON API is
 * {@link VisaRevocationProposalApiController}.
 */
@Controller
@PreAuthorize("hasAnyRole('VISA_OFFICER', 'SUPERVISOR')")
class VisaRevocationProposalController {

    private final VisaRevocationProposalStore proposals;
    private final CurrentOfficer current;

    VisaRevocationProposalController(VisaRevocationProposalStore proposals, CurrentOfficer current) {
        this.proposals = proposals;
        this.current = current;
    }

    @GetMapping("/visas/revocation-proposals")
    String page(@RequestParam(defaultValue = "false") boolean all, Model model) {
        model.addAttribute("proposals", proposals.list(!all));
        model.addAttribute("all", all);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", java.util.Map.of());
        }
        return "visa/revocation-proposals";
    }

    @PostMapping("/visas/revocation-proposals/{id}/dismissal")
    String dismiss(@PathVariable String id, @RequestParam(required = false) String note,
                   @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
        try {
            proposals.dismiss(proposalId(id), note, version, current.require().username());
        } catch (InvalidRequestException e) {
            model.addAttribute("errors", java.util.Map.of(id, e.problems().get(0).message()));
            return page(false, model);
        } catch (org.atoll.ConcurrentEditException e) {
            model.addAttribute("errors", java.util.Map.of(id, "Someone else decided this proposal; check it again."));
            return page(false, model);
        }
        redirect.addFlashAttribute("dismissed", true);
        return "redirect:/visas/revocation-proposals";
    }

    static UUID proposalId(String raw) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("visa revocation proposal", raw);
        }
    }

    @Component
    static class Menu implements MenuContributor {

        @Override
        public List<MenuEntry> menuEntries() {
            return List.of(new MenuEntry("visas", 210, "menu.visaRevocationProposals", "/visas/revocation-proposals",
                    Set.of(Role.VISA_OFFICER, Role.SUPERVISOR)));
        }
    }
}

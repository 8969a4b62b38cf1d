package org.atoll.access.web;

import java.util.List;
import java.util.UUID;

import org.atoll.InvalidRequestException;
import org.atoll.access.ApiScope;
import org.atoll.access.CurrentOfficer;
import org.atoll.access.internal.AgencyService;
import org.atoll.access.internal.TokenService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Agencies and API clients in the administrators' UI. */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class AdministrationController {

    private final AgencyService agencies;
    private final TokenService tokens;
    private final CurrentOfficer currentOfficer;

    AdministrationController(AgencyService agencies, TokenService tokens, CurrentOfficer currentOfficer) {
        this.agencies = agencies;
        this.tokens = tokens;
        this.currentOfficer = currentOfficer;
    }

    @GetMapping("/admin/agencies")
    String agencies(Model model) {
        model.addAttribute("agencies", agencies.all());
        return "admin/agencies";
    }

    @PostMapping("/admin/agencies")
    String addAgency(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
                     Model model, RedirectAttributes redirect) {
        try {
            agencies.create(code, name);
            redirect.addFlashAttribute("saved", code);
            return "redirect:/admin/agencies";
        } catch (InvalidRequestException e) {
            model.addAttribute("errors", e.problems());
            model.addAttribute("code", code);
            model.addAttribute("name", name);
            return agencies(model);
        }
    }

    @PostMapping("/admin/agencies/{code}/active")
    String toggleAgency(@PathVariable String code, @RequestParam boolean active, @RequestParam int version) {
        agencies.change(code, null, active, version);
        return "redirect:/admin/agencies";
    }

    @GetMapping("/admin/api-clients")
    String clients(Model model) {
        model.addAttribute("clients", tokens.clients());
        model.addAttribute("allScopes", ApiScope.values());
        model.addAttribute("agencies", agencies.all());
        return "admin/api-clients";
    }

    @PostMapping("/admin/api-clients")
    String createClient(@RequestParam(required = false) String name, @RequestParam(required = false) String agency,
                        @RequestParam(required = false) String carrierCode,
                        @RequestParam(required = false) List<String> scopes, Model model, RedirectAttributes redirect) {
        try {
            var created = tokens.createClient(new TokenService.NewApiClient(name, agency, carrierCode,
                    scopes == null ? List.of() : scopes, null), currentOfficer.require().username());
            // Post-redirect-get: the token travels once in the flash scope and is gone on reload.
            redirect.addFlashAttribute("createdToken", created.token());
            redirect.addFlashAttribute("createdClient", created.client());
            return "redirect:/admin/api-clients";
        } catch (InvalidRequestException e) {
            model.addAttribute("errors", e.problems());
            model.addAttribute("name", name);
            model.addAttribute("carrierCode", carrierCode);
        }
        return clients(model);
    }

    @PostMapping("/admin/api-clients/{id}/revoke")
    String revoke(@PathVariable UUID id) {
        tokens.revoke(id);
        return "redirect:/admin/api-clients";
    }
}

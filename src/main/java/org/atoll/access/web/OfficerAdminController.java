package org.atoll.access.web;

import java.time.Clock;

import org.atoll.ConcurrentEditException;
import org.atoll.InvalidRequestException;
import org.atoll.access.Role;
import org.atoll.access.internal.AgencyRepository;
import org.atoll.access.internal.Officer;
import org.atoll.access.internal.OfficerService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/officers")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class OfficerAdminController {

    private final OfficerService officers;
    private final AgencyRepository agencies;
    private final Clock clock;

    OfficerAdminController(OfficerService officers, AgencyRepository agencies, Clock clock) {
        this.officers = officers;
        this.agencies = agencies;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("officers", officers.all());
        model.addAttribute("now", clock.instant());
        return "admin/officers";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("officer", new OfficerForm());
        return form(model, true);
    }

    @PostMapping
    String create(@ModelAttribute("officer") OfficerForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            Officer created = officers.create(new OfficerService.NewOfficer(form.getUsername(), form.getFullName(),
                    form.getAgency(), form.getRoles(), form.getPassword()));
            redirect.addFlashAttribute("saved", created.username());
            return "redirect:/admin/officers";
        } catch (InvalidRequestException e) {
            e.problems().forEach(p -> binding.rejectValue(p.field(), "invalid", p.message()));
            form.setPassword(null);
            return form(model, true);
        }
    }

    @GetMapping("/{username}")
    String editForm(@PathVariable String username, Model model) {
        Officer officer = officers.get(username);
        model.addAttribute("officer", OfficerForm.of(officer));
        model.addAttribute("stored", officer);
        return form(model, false);
    }

    @PostMapping("/{username}")
    String update(@PathVariable String username, @ModelAttribute("officer") OfficerForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        try {
            officers.change(username, new OfficerService.OfficerChange(form.getFullName(), form.getAgency(),
                    form.getRoles(), form.isEnabled(), form.getPassword(), form.isUnlock(), form.getVersion()));
            redirect.addFlashAttribute("saved", username);
            return "redirect:/admin/officers";
        } catch (InvalidRequestException e) {
            e.problems().forEach(p -> binding.rejectValue(p.field(), "invalid", p.message()));
        } catch (ConcurrentEditException e) {
            binding.reject("stale", "Someone else changed this officer while you were editing. "
                    + "The form now shows the current values; make your change again.");
            OfficerForm current = OfficerForm.of(officers.get(username));
            form.setFullName(current.getFullName());
            form.setAgency(current.getAgency());
            form.setRoles(current.getRoles());
            form.setEnabled(current.isEnabled());
            form.setUnlock(false);
            form.setVersion(current.getVersion());
        }
        form.setUsername(username);
        form.setPassword(null);
        model.addAttribute("stored", officers.get(username));
        return form(model, false);
    }

    private String form(Model model, boolean creating) {
        model.addAttribute("creating", creating);
        model.addAttribute("agencies", agencies.findAll().stream().filter(a -> a.active()).toList());
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("now", clock.instant());
        return "admin/officer-form";
    }
}

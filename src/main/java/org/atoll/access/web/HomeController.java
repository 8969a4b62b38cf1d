package org.atoll.access.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.atoll.access.CurrentOfficer;
import org.atoll.access.MenuEntry;
import org.atoll.access.OfficerIdentity;
import org.atoll.access.internal.Agency;
import org.atoll.access.internal.AgencyRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page and each officer's landing page: the work their roles allow, by section. */
@Controller
class HomeController {

    private final CurrentOfficer currentOfficer;
    private final LayoutModel layout;
    private final AgencyRepository agencies;

    HomeController(CurrentOfficer currentOfficer, LayoutModel layout, AgencyRepository agencies) {
        this.currentOfficer = currentOfficer;
        this.layout = layout;
        this.agencies = agencies;
    }

    @GetMapping("/login")
    String login(@org.springframework.web.bind.annotation.RequestParam(required = false) String error,
                 @org.springframework.web.bind.annotation.RequestParam(required = false) String signedOut, Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("signedOut", signedOut != null);
        return currentOfficer.officer().isPresent() ? "redirect:/" : "login";
    }

    @GetMapping("/")
    String home(Model model) {
        OfficerIdentity me = currentOfficer.require();
        Map<String, List<MenuEntry>> sections = new LinkedHashMap<>();
        for (MenuEntry entry : layout.menuFor(me)) {
            sections.computeIfAbsent(entry.section(), k -> new java.util.ArrayList<>()).add(entry);
        }
        model.addAttribute("sections", sections);
        model.addAttribute("roles", me.roles().stream().sorted().toList());
        model.addAttribute("agencyName", agencies.find(me.agency()).map(Agency::name).orElse(me.agency().value()));
        return "home";
    }
}

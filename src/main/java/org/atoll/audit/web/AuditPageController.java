package org.atoll.audit.web;

import java.time.LocalDate;

import org.atoll.audit.AuditQuery;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class AuditPageController {

    private final AuditQuery query;

    AuditPageController(AuditQuery query) {
        this.query = query;
    }

    @GetMapping("/admin/audit")
    String search(@RequestParam(required = false) String actor,
                  @RequestParam(required = false) String objectType,
                  @RequestParam(required = false) String objectId,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("records", query.search(new AuditQuery.AuditSearch(actor, objectType, objectId, null, from, to, 200)));
        model.addAttribute("actor", actor);
        model.addAttribute("objectType", objectType);
        model.addAttribute("objectId", objectId);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return htmx != null ? "audit/search :: results" : "audit/search";
    }

    @GetMapping("/admin/audit/verification")
    String verify(Model model) {
        model.addAttribute("verification", query.verifyChain());
        return "audit/search :: verification";
    }
}

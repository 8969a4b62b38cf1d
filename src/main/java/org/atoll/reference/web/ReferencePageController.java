package org.atoll.reference.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.atoll.ConcurrentEditException;
import org.atoll.InvalidRequestException;
import org.atoll.access.CurrentOfficer;
import org.atoll.reference.internal.ReferenceDataService;
import org.atoll.reference.internal.ReferenceKind;
import org.atoll.reference.internal.ReferenceStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class ReferencePageController {

    private final ReferenceDataService reference;
    private final CurrentOfficer currentOfficer;
    private final java.time.Clock clock;

    ReferencePageController(ReferenceDataService reference, CurrentOfficer currentOfficer, java.time.Clock clock) {
        this.reference = reference;
        this.currentOfficer = currentOfficer;
        this.clock = clock;
    }

    @GetMapping("/admin/reference")
    String index() {
        return "redirect:/admin/reference/countries";
    }

    @GetMapping("/admin/reference/{list}")
    String list(@PathVariable String list, @RequestParam(required = false) String q,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        ReferenceKind kind = ReferenceKind.fromSlug(list);
        String needle = q == null ? "" : q.trim().toLowerCase(Locale.ROOT);
        List<ReferenceStore.Row> rows = reference.rows(kind).stream()
                .filter(r -> needle.isEmpty() || r.values().values().stream()
                        .anyMatch(v -> v != null && v.toString().toLowerCase(Locale.ROOT).contains(needle)))
                .toList();
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", ReferenceKind.values());
        model.addAttribute("rows", rows);
        model.addAttribute("q", q);
        return htmx != null ? "reference/list :: rows" : "reference/list";
    }

    @GetMapping("/admin/reference/{list}/new")
    String newRow(@PathVariable String list, Model model) {
        ReferenceKind kind = ReferenceKind.fromSlug(list);
        Map<String, String> values = new LinkedHashMap<>();
        kind.columns().forEach(c -> values.put(c, c.equals("valid_from") ? java.time.LocalDate.now(clock).toString() : ""));
        return form(kind, null, values, null, Map.of(), model);
    }

    @GetMapping("/admin/reference/{list}/{id}")
    String edit(@PathVariable String list, @PathVariable UUID id, Model model) {
        ReferenceKind kind = ReferenceKind.fromSlug(list);
        ReferenceStore.Row row = reference.row(kind, id);
        Map<String, String> values = new LinkedHashMap<>();
        kind.columns().forEach(c -> values.put(c, row.text(c)));
        return form(kind, id, values, row.version(), Map.of(), model);
    }

    @PostMapping({"/admin/reference/{list}/new", "/admin/reference/{list}/{id}"})
    String save(@PathVariable String list, @PathVariable(required = false) UUID id,
                @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        ReferenceKind kind = ReferenceKind.fromSlug(list);
        Map<String, String> values = new LinkedHashMap<>();
        kind.columns().forEach(c -> values.put(c, params.getOrDefault(c, "")));
        Integer version = params.containsKey("version") && !params.get("version").isBlank()
                ? Integer.valueOf(params.get("version")) : null;
        try {
            String officer = currentOfficer.require().username();
            if (id == null) {
                reference.add(kind, values, officer);
            } else {
                reference.change(kind, id, values, version, officer);
            }
            redirect.addFlashAttribute("saved", values.get(kind.naturalKey()));
            return "redirect:/admin/reference/" + kind.slug();
        } catch (InvalidRequestException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.problems().forEach(p -> errors.putIfAbsent(p.field(), p.message()));
            return form(kind, id, values, version, errors, model);
        } catch (ConcurrentEditException e) {
            model.addAttribute("stale", true);
            return edit(list, id, model);
        }
    }

    private String form(ReferenceKind kind, UUID id, Map<String, String> values, Integer version,
                        Map<String, String> errors, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("id", id);
        model.addAttribute("values", values);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        return "reference/form";
    }
}

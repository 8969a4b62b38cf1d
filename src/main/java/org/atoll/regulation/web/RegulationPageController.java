package org.atoll.regulation.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.atoll.ConcurrentEditException;
import org.atoll.InvalidRequestException;
import org.atoll.reference.CountryCode;
import org.atoll.regulation.Consequence;
import org.atoll.regulation.Entries;
import org.atoll.regulation.Issuance;
import org.atoll.regulation.Purpose;
import org.atoll.regulation.RegimeKind;
import org.atoll.regulation.RegulationSet;
import org.atoll.regulation.RegulationSetId;
import org.atoll.regulation.RegulationSetInvalidException;
import org.atoll.regulation.RegulationSetPublished;
import org.atoll.regulation.Verification;
import org.atoll.regulation.internal.DraftItems;
import org.atoll.regulation.internal.DraftItems.FieldSpec;
import org.atoll.regulation.internal.DraftItems.Kind;
import org.atoll.regulation.internal.JdbcRegulationSetStore.Stored;
import org.atoll.regulation.internal.RegulationSetAdministration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.JsonNode;

/**
 * The administrators' regulation editor: the versions, a draft's rules in tables with a form per
 * rule, validation and impact preview (htmx fragments), and publication with an effective date.
 */
@Controller
@RequestMapping("/admin/regulations")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class RegulationPageController {

    private final RegulationSetAdministration administration;
    private final DraftItems items = new DraftItems();

    RegulationPageController(RegulationSetAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("sets", administration.list());
        model.addAttribute("inForce", administration.inForceToday().map(RegulationSet::id).orElse(null));
        return "regulation/sets";
    }

    @PostMapping("/drafts")
    String createDraft(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveDate,
                       Model model, RedirectAttributes redirect) {
        try {
            Stored draft = administration.createDraft(effectiveDate);
            redirect.addFlashAttribute("saved", "regulation.draftCreated");
            return "redirect:/admin/regulations/" + draft.set().id();
        } catch (InvalidRequestException e) {
            model.addAttribute("draftError", e.getMessage());
            return list(model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable String id, Model model) {
        Stored stored = administration.get(RegulationSetApiController.setId(id));
        return page(stored, model);
    }

    private String page(Stored stored, Model model) {
        RegulationSet set = stored.set();
        JsonNode document = items.tree(administration.document(set));
        model.addAttribute("set", set);
        model.addAttribute("rowVersion", stored.rowVersion());
        model.addAttribute("draft", set.status().isEditable());
        model.addAttribute("document", document);
        if (!model.containsAttribute("header")) {
            model.addAttribute("header", Map.of("title", set.title(), "legalInstrument", set.legalInstrument(),
                    "effectiveDate", set.effectiveDate().toString()));
        }
        return "regulation/set";
    }

    @PostMapping("/{id}/header")
    String header(@PathVariable String id, @RequestParam long rowVersion, @RequestParam(required = false) String title,
                  @RequestParam(required = false) String legalInstrument,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveDate,
                  Model model, RedirectAttributes redirect) {
        RegulationSetId setId = RegulationSetApiController.setId(id);
        try {
            administration.changeHeader(setId, title, legalInstrument, effectiveDate, rowVersion);
            redirect.addFlashAttribute("saved", "regulation.saved");
            return "redirect:/admin/regulations/" + id;
        } catch (InvalidRequestException e) {
            model.addAttribute("headerErrors", e.problems());
            Map<String, String> values = new LinkedHashMap<>();
            values.put("title", title);
            values.put("legalInstrument", legalInstrument);
            values.put("effectiveDate", effectiveDate == null ? "" : effectiveDate.toString());
            model.addAttribute("header", values);
        } catch (ConcurrentEditException e) {
            model.addAttribute("stale", true);
        }
        return page(administration.get(setId), model);
    }

    @GetMapping("/{id}/items/{kind}")
    String itemForm(@PathVariable String id, @PathVariable String kind, @RequestParam(required = false) String code, Model model) {
        Stored stored = administration.get(RegulationSetApiController.setId(id));
        Kind k = kind(kind);
        JsonNode document = items.tree(administration.document(stored.set()));
        Optional<JsonNode> item = code == null ? Optional.empty() : items.item(document, k, code);
        if (code != null && item.isEmpty()) {
            throw new org.atoll.RecordNotFoundException(k.slug() + " rule", code);
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (FieldSpec spec : DraftItems.fields(k)) {
            values.put(spec.path(), item.map(i -> DraftItems.values(i, spec)).orElse(List.of()));
        }
        return itemPage(stored, k, code, values, List.of(), model);
    }

    @PostMapping("/{id}/items/{kind}")
    String saveItem(@PathVariable String id, @PathVariable String kind, @RequestParam MultiValueMap<String, String> form,
                    Model model, RedirectAttributes redirect) {
        RegulationSetId setId = RegulationSetApiController.setId(id);
        Kind k = kind(kind);
        String original = Optional.ofNullable(form.getFirst("originalKey")).filter(v -> !v.isBlank()).orElse(null);
        long rowVersion = Long.parseLong(Optional.ofNullable(form.getFirst("rowVersion")).orElse("-1"));
        try {
            administration.putItem(setId, k, original, form, rowVersion);
            redirect.addFlashAttribute("saved", "regulation.saved");
            return "redirect:/admin/regulations/" + id + "#" + k.slug();
        } catch (InvalidRequestException e) {
            Map<String, List<String>> values = new LinkedHashMap<>();
            for (FieldSpec spec : DraftItems.fields(k)) {
                values.put(spec.path(), form.getOrDefault(spec.path(), List.of()));
            }
            return itemPage(administration.get(setId), k, original, values, e.problems(), model);
        } catch (ConcurrentEditException e) {
            model.addAttribute("stale", true);
            return page(administration.get(setId), model);
        }
    }

    @PostMapping("/{id}/items/{kind}/remove")
    String removeItem(@PathVariable String id, @PathVariable String kind, @RequestParam String code, @RequestParam long rowVersion,
                      Model model, RedirectAttributes redirect) {
        RegulationSetId setId = RegulationSetApiController.setId(id);
        Kind k = kind(kind);
        try {
            administration.removeItem(setId, k, code, rowVersion);
            redirect.addFlashAttribute("saved", "regulation.removed");
            return "redirect:/admin/regulations/" + id + "#" + k.slug();
        } catch (InvalidRequestException e) {
            model.addAttribute("pageError", e.getMessage());
        } catch (ConcurrentEditException e) {
            model.addAttribute("stale", true);
        }
        return page(administration.get(setId), model);
    }

    @PostMapping("/{id}/validate")
    String validate(@PathVariable String id, Model model) {
        model.addAttribute("report", administration.validate(RegulationSetApiController.setId(id)));
        return "regulation/set :: validation";
    }

    @PostMapping("/{id}/preview")
    String preview(@PathVariable String id, @RequestParam(required = false) String otherNationalities,
                   @RequestParam(required = false) Integer stayDays, Model model) {
        List<CountryCode> others = new ArrayList<>();
        String raw = otherNationalities == null || otherNationalities.isBlank() ? "AUS JPN PHL" : otherNationalities;
        for (String code : raw.split("[\\s,;]+")) {
            if (!code.isBlank() && CountryCode.isWellFormed(code.strip().toUpperCase(java.util.Locale.ROOT))) {
                others.add(CountryCode.of(code));
            }
        }
        try {
            model.addAttribute("preview", administration.preview(RegulationSetApiController.setId(id), others,
                    stayDays == null ? 14 : stayDays));
        } catch (InvalidRequestException e) {
            model.addAttribute("previewError", e.getMessage());
        }
        return "regulation/set :: preview";
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable String id, @RequestParam long rowVersion,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveDate,
                   Model model, RedirectAttributes redirect) {
        RegulationSetId setId = RegulationSetApiController.setId(id);
        try {
            RegulationSetPublished published = administration.publish(setId, rowVersion, effectiveDate);
            redirect.addFlashAttribute("published", published);
            return "redirect:/admin/regulations/" + id;
        } catch (RegulationSetInvalidException e) {
            model.addAttribute("report", e.report());
            model.addAttribute("publishRefused", true);
        } catch (InvalidRequestException e) {
            model.addAttribute("pageError", e.getMessage());
        } catch (ConcurrentEditException e) {
            model.addAttribute("stale", true);
        }
        return page(administration.get(setId), model);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable String id, @RequestParam long rowVersion, RedirectAttributes redirect) {
        administration.deleteDraft(RegulationSetApiController.setId(id), rowVersion);
        redirect.addFlashAttribute("saved", "regulation.draftDeleted");
        return "redirect:/admin/regulations";
    }

    // --- the generic rule form -----------------------------------------------------------------

    /** One field as the template renders it. */
    record FormField(FieldSpec spec, List<String> values, List<Option> options, String error) {
        public String value() {
            return values.isEmpty() ? "" : values.get(0);
        }

        public boolean checked() {
            return values.contains("true") || values.contains("on");
        }
    }

    record Option(String value, String label) {
    }

    private String itemPage(Stored stored, Kind kind, String originalKey, Map<String, List<String>> values,
                            List<InvalidRequestException.FieldProblem> problems, Model model) {
        RegulationSet set = stored.set();
        List<FormField> fields = new ArrayList<>();
        List<InvalidRequestException.FieldProblem> unplaced = new ArrayList<>(problems);
        for (FieldSpec spec : DraftItems.fields(kind)) {
            String error = problems.stream().filter(p -> p.field().equals(spec.path())).map(p -> p.message()).findFirst().orElse(null);
            unplaced.removeIf(p -> p.field().equals(spec.path()));
            fields.add(new FormField(spec, values.getOrDefault(spec.path(), List.of()), options(spec, set), error));
        }
        model.addAttribute("set", set);
        model.addAttribute("rowVersion", stored.rowVersion());
        model.addAttribute("kind", kind);
        model.addAttribute("originalKey", originalKey);
        model.addAttribute("fields", fields);
        model.addAttribute("problems", problems);
        model.addAttribute("formErrors", unplaced);
        return "regulation/item-form";
    }

    private static List<Option> options(FieldSpec spec, RegulationSet set) {
        switch (spec.options()) {
            case PURPOSES:
                return enumOptions(Purpose.values());
            case ISSUANCE:
                return enumOptions(Issuance.values());
            case ENTRIES:
                return enumOptions(Entries.values());
            case REGIME_KINDS:
                return enumOptions(RegimeKind.values());
            case VERIFICATIONS:
                return enumOptions(Verification.values());
            case CONSEQUENCES:
                return enumOptions(Consequence.values());
            case TRAVELLER_STATUSES:
                return enumOptions(org.atoll.regulation.TravellerStatus.values());
            case RULE_TYPES:
                return DraftItems.RULE_TYPES.stream().map(t -> new Option(t, t)).toList();
            case PROVISIONS:
                return set.provisions().stream().map(p -> new Option(p.reference().value(), p.reference().value() + " — " + p.title())).toList();
            case GROUPS:
                return set.groups().stream().map(g -> new Option(g.code().value(), g.code().value() + " — " + g.name())).toList();
            case VISA_TYPES:
                return set.visaTypes().stream().map(t -> new Option(t.code().value(), t.code().value() + " — " + t.name())).toList();
            default:
                return List.of();
        }
    }

    private static List<Option> enumOptions(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> new Option(v.name(), v.name())).toList();
    }

    private static Kind kind(String slug) {
        return Kind.ofSlug(slug).orElseThrow(() -> new org.atoll.RecordNotFoundException("rule kind", slug));
    }
}

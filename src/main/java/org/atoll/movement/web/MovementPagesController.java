package org.atoll.movement.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.atoll.ConcurrentEditException;
import org.atoll.InvalidRequestException;
import org.atoll.access.CurrentOfficer;
import org.atoll.access.Role;
import org.atoll.movement.internal.MovementReports;
import org.atoll.movement.internal.TravellerRecords;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The movement pages: overstays, expected departures, travellers (with merges) and the stay calculator. */
@Controller
@RequestMapping("/movements")
@PreAuthorize("hasAnyRole('PRIMARY_OFFICER', 'SECONDARY_OFFICER', 'SUPERVISOR', 'ANALYST')")
class MovementPagesController {

    private final MovementReports reports;
    private final TravellerRecords travellers;
    private final StayCalculator calculator;
    private final CurrentOfficer officer;

    MovementPagesController(MovementReports reports, TravellerRecords travellers, StayCalculator calculator,
                            CurrentOfficer officer) {
        this.reports = reports;
        this.travellers = travellers;
        this.calculator = calculator;
        this.officer = officer;
    }

    @GetMapping("/overstays")
    String overstays(@RequestParam(required = false) String nationality, @RequestParam(required = false) String permitType,
                     @RequestParam(required = false) String minDaysOver,
                     @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("nationality", nationality);
        model.addAttribute("permitType", permitType);
        model.addAttribute("minDaysOver", minDaysOver);
        model.addAttribute("today", reports.today());
        try {
            model.addAttribute("overstays", reports.overstays(Params.country("nationality", nationality),
                    Params.code(permitType), Params.nonNegative("minDaysOver", minDaysOver, 1)));
        } catch (InvalidRequestException e) {
            model.addAttribute("errors", e.problems());
            model.addAttribute("overstays", List.of());
        }
        return htmx != null ? "movement/overstays :: results" : "movement/overstays";
    }

    @GetMapping("/departures")
    String departures(@RequestParam(required = false) String date, Model model) {
        LocalDate day = reports.today();
        try {
            day = Params.date("date", date).orElse(day);
        } catch (InvalidRequestException e) {
            model.addAttribute("errors", e.problems());
        }
        model.addAttribute("date", day);
        model.addAttribute("departures", reports.expectedDepartures(day));
        return "movement/departures";
    }

    @GetMapping("/travellers")
    String search(@RequestParam(required = false) String documentNumber, @RequestParam(required = false) String nationality,
                  @RequestParam(required = false) String surname, Model model) {
        model.addAttribute("documentNumber", documentNumber);
        model.addAttribute("nationality", nationality);
        model.addAttribute("surname", surname);
        boolean asked = Params.text(documentNumber).isPresent() || Params.text(surname).isPresent()
                || Params.text(nationality).isPresent();
        model.addAttribute("asked", asked);
        List<TravellerRecords.TravellerFile> found = List.of();
        if (asked) {
            try {
                found = travellers.search(Params.documentNumber(documentNumber), Params.country("nationality", nationality),
                        Params.text(surname));
            } catch (InvalidRequestException e) {
                model.addAttribute("errors", e.problems());
            }
        }
        model.addAttribute("found", found);
        return "movement/travellers";
    }

    @GetMapping("/travellers/{id}")
    String traveller(@PathVariable String id, Model model) {
        return travellerPage(travellers.file(pathId(id)), model);
    }

    private String travellerPage(TravellerRecords.TravellerFile file, Model model) {
        model.addAttribute("file", file);
        model.addAttribute("canMerge", officer.officer().map(o -> o.has(Role.SUPERVISOR)).orElse(false));
        if (!model.containsAttribute("fieldErrors")) {
            model.addAttribute("fieldErrors", Map.of());
        }
        return "movement/traveller";
    }

    @PostMapping("/travellers/{id}/merges")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String merge(@PathVariable String id, @RequestParam(required = false) String otherTravellerId,
                 @RequestParam(required = false) String reason, @RequestParam(required = false) Long version,
                 Model model, RedirectAttributes redirect) {
        UUID traveller = pathId(id);
        try {
            UUID other = Params.id("otherTravellerId", otherTravellerId);
            travellers.merge(traveller, other, reason, Optional.ofNullable(version));
            redirect.addFlashAttribute("done", "movement.merge.done");
            return "redirect:/movements/travellers/" + traveller;
        } catch (InvalidRequestException e) {
            Map<String, String> byField = new LinkedHashMap<>();
            e.problems().forEach(p -> byField.putIfAbsent(p.field(), p.message()));
            model.addAttribute("errors", e.problems());
            model.addAttribute("fieldErrors", byField);
            model.addAttribute("otherTravellerId", otherTravellerId);
            model.addAttribute("reason", reason);
        } catch (ConcurrentEditException e) {
            model.addAttribute("stale", true);
        }
        return travellerPage(travellers.file(traveller), model);
    }

    @GetMapping("/stay-calculator")
    String calculator(@RequestParam(required = false) String travellerId, @RequestParam(required = false) String stays,
                      @RequestParam(required = false) String windowDays, @RequestParam(required = false) String limitDays,
                      @RequestParam(required = false) String date, Model model) {
        model.addAttribute("travellerId", travellerId);
        model.addAttribute("stays", stays);
        model.addAttribute("windowDays", Params.text(windowDays).orElse(String.valueOf(StayCalculator.DEFAULT_WINDOW)));
        model.addAttribute("limitDays", Params.text(limitDays).orElse(String.valueOf(StayCalculator.DEFAULT_LIMIT)));
        model.addAttribute("date", Params.text(date).orElse(reports.today().toString()));
        if (Params.text(travellerId).isEmpty() && Params.text(stays).isEmpty() && Params.text(date).isEmpty()) {
            return "movement/calculator";
        }
        try {
            var request = new StayCalculator.Request(travellerId, periods(stays), List.of(),
                    Params.text(windowDays).map(w -> whole("windowDays", w)).orElse(null),
                    Params.text(limitDays).map(l -> whole("limitDays", l)).orElse(null),
                    Params.date("date", date).orElse(null));
            model.addAttribute("result", calculator.calculate(request));
        } catch (InvalidRequestException e) {
            model.addAttribute("errors", e.problems());
        }
        return "movement/calculator";
    }

    /** One stay a line: the entry day, then the exit day when there was one ("2025-01-03 2025-01-20"). */
    static List<StayCalculator.PeriodBody> periods(String text) {
        List<StayCalculator.PeriodBody> periods = new ArrayList<>();
        if (text == null) {
            return periods;
        }
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] days = line.split("[\\s,;]+|\\s*(?:to|–|—)\\s*");
            try {
                LocalDate entered = LocalDate.parse(days[0]);
                LocalDate departed = days.length > 1 && !days[1].isBlank() ? LocalDate.parse(days[1]) : null;
                periods.add(new StayCalculator.PeriodBody(entered, departed));
            } catch (DateTimeParseException e) {
                throw InvalidRequestException.field("stays", "Line " + (i + 1) + ": an entry day and an exit day as YYYY-MM-DD, not '"
                        + line + "'");
            }
        }
        return periods;
    }

    private static int whole(String field, String raw) {
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw InvalidRequestException.field(field, "A whole number of days, not '" + raw + "'");
        }
    }

    private static UUID pathId(String raw) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw new org.atoll.RecordNotFoundException("traveller", raw);
        }
    }
}

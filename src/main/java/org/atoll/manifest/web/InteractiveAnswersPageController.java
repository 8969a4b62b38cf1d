package org.atoll.manifest.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.atoll.ConcurrentEditException;
import org.atoll.InvalidRequestException;
import org.atoll.manifest.internal.InteractiveApi;
import org.atoll.manifest.screening.BoardingAnswer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The interactive answers given to carriers on a day, with the reasons, and the officers' override form. */
@Controller
class InteractiveAnswersPageController {

    private final InteractiveApi iapi;
    private final org.atoll.access.CurrentOfficer current;
    private final Clock clock;

    InteractiveAnswersPageController(InteractiveApi iapi, org.atoll.access.CurrentOfficer current, Clock clock) {
        this.iapi = iapi;
        this.current = current;
        this.clock = clock;
    }

    @GetMapping("/iapi-answers")
    @PreAuthorize("hasAnyRole('PRIMARY_OFFICER', 'SECONDARY_OFFICER', 'SUPERVISOR', 'ALERT_MANAGER', 'ANALYST', 'ADMINISTRATOR')")
    String answers(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
        LocalDate day = date == null ? LocalDate.now(clock) : date;
        model.addAttribute("date", day);
        model.addAttribute("answers", iapi.answers(day));
        model.addAttribute("choices", BoardingAnswer.values());
        model.addAttribute("mayOverride", current.officer().map(o -> o.hasAny(org.atoll.access.Role.SECONDARY_OFFICER,
                org.atoll.access.Role.SUPERVISOR)).orElse(false));
        return "manifest/iapi-answers";
    }

    @PostMapping("/iapi-answers/{id}/override")
    @PreAuthorize("hasAnyRole('SECONDARY_OFFICER', 'SUPERVISOR')")
    String override(@PathVariable UUID id, @RequestParam BoardingAnswer answer, @RequestParam(defaultValue = "") String reason,
                    @RequestParam long version, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                    RedirectAttributes redirect) {
        try {
            iapi.override(id, answer, reason, version);
            redirect.addFlashAttribute("message", "iapi.overridden");
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("error", "iapi.reasonMissing");
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("error", "iapi.stale");
        }
        return "redirect:/iapi-answers?date=" + date;
    }
}

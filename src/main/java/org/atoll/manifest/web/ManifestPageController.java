package org.atoll.manifest.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.atoll.access.CurrentOfficer;
import org.atoll.access.Role;
import org.atoll.manifest.internal.ArrivalBoard;
import org.atoll.manifest.internal.CarrierCompliance;
import org.atoll.manifest.internal.Reconciliation;
import org.atoll.manifest.internal.ManifestIngest;
import org.atoll.manifest.internal.ManifestStore.StoredManifest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The arrival board of a port (flights due on a day, with counts) and a flight's persons. */
@Controller
@PreAuthorize("hasRole('OFFICER')")
class ManifestPageController {

    static final String DEFAULT_PORT = "PWROR";

    private final ManifestIngest ingest;
    private final Reconciliation reconciliation;
    private final CarrierCompliance compliance;
    private final ArrivalBoard arrivalBoard;
    private final CurrentOfficer current;
    private final Clock clock;

    ManifestPageController(ManifestIngest ingest, Reconciliation reconciliation, CarrierCompliance compliance,
                           ArrivalBoard arrivalBoard, CurrentOfficer current, Clock clock) {
        this.ingest = ingest;
        this.reconciliation = reconciliation;
        this.compliance = compliance;
        this.arrivalBoard = arrivalBoard;
        this.current = current;
        this.clock = clock;
    }

    /** Officers who see travellers' data get the persons to refer and the visas expected missing; others the flights. */
    @GetMapping("/flights")
    String board(@RequestParam(defaultValue = DEFAULT_PORT) String port,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                 Model model) {
        LocalDate day = date == null ? LocalDate.now(clock) : date;
        String p = port.trim().toUpperCase(java.util.Locale.ROOT);
        boolean personData = current.officer().map(o -> o.hasAny(Role.PRIMARY_OFFICER, Role.SECONDARY_OFFICER,
                Role.SUPERVISOR, Role.ALERT_MANAGER, Role.ANALYST, Role.ADMINISTRATOR)).orElse(false);
        if (personData) {
            ArrivalBoard.Board b = arrivalBoard.board(p, day);
            model.addAttribute("flights", b.flights());
            model.addAttribute("toRefer", b.toRefer());
            model.addAttribute("visaNeeded", b.visaNeeded());
        } else {
            List<String> ports = p.length() == 5 ? List.of(p, p.substring(2)) : List.of(p);
            model.addAttribute("flights", ingest.flights(day, p).stream()
                    .filter(m -> m.arrivalPort() != null && ports.contains(m.arrivalPort()) && m.arrivalTime() != null
                            && m.arrivalTime().toLocalDate().equals(day))
                    .sorted(Comparator.comparing(StoredManifest::arrivalTime))
                    .map(m -> new ArrivalBoard.DueFlight(m, java.util.Map.of())).toList());
        }
        model.addAttribute("personData", personData);
        model.addAttribute("port", p);
        model.addAttribute("date", day);
        return "manifest/board";
    }

    @GetMapping("/flights/{id}")
    String flight(@PathVariable UUID id, Model model) {
        model.addAttribute("manifest", ingest.read(id));
        model.addAttribute("persons", ingest.persons(id));
        return "manifest/flight";
    }

    @GetMapping("/flights/{id}/reconciliation")
    @PreAuthorize("hasAnyRole('PRIMARY_OFFICER', 'SECONDARY_OFFICER', 'SUPERVISOR', 'ALERT_MANAGER', 'ANALYST', 'ADMINISTRATOR')")
    String reconciliation(@PathVariable UUID id, Model model) {
        model.addAttribute("report", reconciliation.report(ingest.read(id)));
        return "manifest/reconciliation";
    }

    @GetMapping("/carrier-compliance")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ANALYST', 'ADMINISTRATOR')")
    String compliance(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                      Model model) {
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        LocalDate start = from == null ? end.minusDays(30) : from;
        if (end.isBefore(start) || start.plusDays(366).isBefore(end)) {
            model.addAttribute("periodError", true);
            start = end.minusDays(30);
        }
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("report", compliance.report(start, end));
        return "manifest/compliance";
    }
}

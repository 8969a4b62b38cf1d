package org.atoll.incident.web;

import java.time.LocalDate;
import java.util.List;

import org.atoll.access.CurrentOfficer;
import org.atoll.incident.internal.IncidentRepository.IncidentFilter;
import org.atoll.incident.internal.IncidentService;
import org.atoll.incident.internal.IntelligenceService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * One search over the incidents and intelligence the officer may see. What they may not see is left
 * out of the results and of the counts alike.
 */
@RestController
@PreAuthorize("hasRole('OFFICER')")
public class SearchApiController {

    public record SearchResult(long incidentCount, long intelligenceCount,
                               List<IncidentApiController.IncidentSummary> incidents,
                               List<IntelligenceApiController.ReportSummary> intelligence) {
    }

    private final IncidentService incidents;
    private final IntelligenceService intelligence;
    private final CurrentOfficer current;

    public SearchApiController(IncidentService incidents, IntelligenceService intelligence, CurrentOfficer current) {
        this.incidents = incidents;
        this.intelligence = intelligence;
        this.current = current;
    }

    @GetMapping(path = "/api/v1/search", produces = MediaType.APPLICATION_JSON_VALUE)
    public SearchResult search(@RequestParam(required = false) String q,
                               @RequestParam(required = false) String type,
                               @RequestParam(required = false) String port,
                               @RequestParam(required = false) String person,
                               @RequestParam(required = false) String document,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        var officer = current.require();
        var found = incidents.list(officer, new IncidentFilter(blank(q), IncidentApiController.upper(type),
                IncidentApiController.upper(port), from, to, blank(person), blank(document), false));
        // Intelligence is searched by its text and links; the incident-only filters leave it out.
        boolean incidentOnlyFilters = type != null || port != null || from != null || to != null || document != null;
        String text = blank(q) != null ? blank(q) : blank(person);
        var reports = incidentOnlyFilters ? List.<org.atoll.incident.domain.IntelligenceReport>of()
                : intelligence.inbox(officer, text);
        return new SearchResult(found.size(), reports.size(),
                found.stream().map(i -> IncidentApiController.IncidentSummary.of(i, incidents.typeLabel(i.type()))).toList(),
                reports.stream().map(IntelligenceApiController.ReportSummary::of).toList());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

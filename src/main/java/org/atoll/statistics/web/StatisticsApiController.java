package org.atoll.statistics.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.atoll.statistics.CrossingQuery;
import org.atoll.statistics.CrossingStatistics;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Border crossing statistics over the API: statisticians, supervisors, administrators and machine clients with
 * the STATISTICS_READ scope. Counts only; small counts are withheld (docs/statistics.md).
 */
@RestController
@RequestMapping("/api/v1/statistics")
@Tag(name = "Statistics", description = "Arrivals and departures counted by day, month, nationality, port...; no personal data")
class StatisticsApiController {

    static final String READERS = "hasAnyRole('STATISTICIAN', 'SUPERVISOR', 'ADMINISTRATOR') or hasAuthority('SCOPE_STATISTICS_READ')";

    private final CrossingStatistics statistics;

    StatisticsApiController(CrossingStatistics statistics) {
        this.statistics = statistics;
    }

    record RebuiltView(int counted) {
    }

    @GetMapping("/crossings")
    @PreAuthorize(READERS)
    @Operation(summary = "Arrivals and departures between two local days, grouped",
            description = "from, to: YYYY-MM-DD, inclusive, required, at most 5 years apart. groupBy: any of day, month, "
                    + "year, direction, port, nationality, sex, ageBand, mode, role, permitType, comma-separated, at most 4 "
                    + "(by day: at most 366 days). A count from 1 to suppressedBelow - 1 is null (withheld).")
    CrossingViews.TableView crossings(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                      @RequestParam(required = false) List<String> groupBy) {
        return CrossingViews.TableView.of(statistics.crossings(CrossingQuery.parse(from, to, groupBy)));
    }

    @GetMapping("/crossings.csv")
    @PreAuthorize(READERS)
    @Operation(summary = "The same counts as CSV", description = "Columns: the groupBy dimensions, arrivals, departures; "
            + "a withheld count reads <k (k = suppressedBelow).")
    ResponseEntity<String> crossingsCsv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                        @RequestParam(required = false) List<String> groupBy) {
        return CrossingViews.csvDownload(statistics.crossings(CrossingQuery.parse(from, to, groupBy)));
    }

    @PostMapping("/crossings/rebuild")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Operation(summary = "Count every crossing again from the movement record (administrators; audited)")
    RebuiltView rebuild() {
        return new RebuiltView(statistics.rebuild());
    }
}

package org.atoll.statistics.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.atoll.InvalidRequestException;
import org.atoll.statistics.CrossingQuery;
import org.atoll.statistics.CrossingStatistics;
import org.atoll.statistics.CrossingTable;
import org.atoll.statistics.Dimension;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/** The statistics page: choose the days and what to group by, read the counts, download them as CSV. */
@Controller
@RequestMapping("/statistics")
@PreAuthorize("hasAnyRole('STATISTICIAN', 'SUPERVISOR', 'ADMINISTRATOR')")
class StatisticsPagesController {

    /** The form as submitted; dates stay text so that a wrong one is shown back next to its field. */
    public static class CrossingForm {
        private String from;
        private String to;
        private List<String> groupBy = new ArrayList<>();

        public String getFrom() {
            return from;
        }

        public void setFrom(String from) {
            this.from = from;
        }

        public String getTo() {
            return to;
        }

        public void setTo(String to) {
            this.to = to;
        }

        public List<String> getGroupBy() {
            return groupBy;
        }

        public void setGroupBy(List<String> groupBy) {
            this.groupBy = groupBy == null ? new ArrayList<>() : groupBy;
        }
    }

    private final CrossingStatistics statistics;
    private final Clock clock;

    StatisticsPagesController(CrossingStatistics statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    @GetMapping
    String crossings(@ModelAttribute("query") CrossingForm form, BindingResult errors, Model model) {
        if (form.getFrom() == null && form.getTo() == null) {
            // first visit: this year so far, by month
            LocalDate today = LocalDate.now(clock);
            form.setFrom(today.withDayOfYear(1).toString());
            form.setTo(today.toString());
            if (form.getGroupBy().isEmpty()) {
                form.setGroupBy(new ArrayList<>(List.of(Dimension.MONTH.parameter())));
            }
        }
        model.addAttribute("dimensions", Arrays.stream(Dimension.values()).map(Dimension::parameter).toList());
        model.addAttribute("smallestPublished", statistics.smallestPublishedCount());
        try {
            CrossingTable table = statistics.crossings(CrossingQuery.parse(form.getFrom(), form.getTo(), form.getGroupBy()));
            model.addAttribute("table", table);
            model.addAttribute("columns", columns(table));
            model.addAttribute("csvGroupBy", String.join(",", CrossingViews.parameters(table)));
        } catch (InvalidRequestException e) {
            model.addAttribute("problems", e.problems());
            e.problems().forEach(p -> errors.rejectValue(p.field(), "invalid", p.message()));
        }
        // htmx swaps the form and the results (hx-select) out of the whole page, so field errors follow too
        return "statistics/crossings";
    }

    @GetMapping("/crossings.csv")
    ResponseEntity<String> csv(@ModelAttribute("query") CrossingForm form) {
        return CrossingViews.csvDownload(statistics.crossings(CrossingQuery.parse(form.getFrom(), form.getTo(), form.getGroupBy())));
    }

    private static List<String> columns(CrossingTable table) {
        List<String> columns = new ArrayList<>();
        table.groupBy().forEach(d -> columns.add("statistics.dimension." + d.parameter()));
        columns.add("statistics.arrivals");
        columns.add("statistics.departures");
        return columns;
    }
}

package org.atoll.statistics.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.atoll.statistics.CrossingTable;
import org.atoll.statistics.Dimension;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A crossing table as the API writes it: JSON rows keyed by the dimensions' names, or CSV with the same columns. */
final class CrossingViews {

    static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private CrossingViews() {
    }

    record TableView(LocalDate from, LocalDate to, List<String> groupBy, List<Map<String, Object>> rows, int suppressedBelow) {

        static TableView of(CrossingTable table) {
            List<Map<String, Object>> rows = table.rows().stream().map(row -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < table.groupBy().size(); i++) {
                    map.put(table.groupBy().get(i).parameter(), row.values().get(i));
                }
                map.put("arrivals", row.arrivals());
                map.put("departures", row.departures());
                return map;
            }).toList();
            return new TableView(table.from(), table.to(), parameters(table), rows, table.suppressedBelow());
        }
    }

    static List<String> parameters(CrossingTable table) {
        return table.groupBy().stream().map(Dimension::parameter).toList();
    }

    /** RFC 4180 CSV: a header of the dimensions then arrivals and departures; a withheld count reads {@code <k}. */
    static String csv(CrossingTable table) {
        List<String> header = new ArrayList<>(parameters(table));
        header.add("arrivals");
        header.add("departures");
        String withheld = "<" + table.suppressedBelow();
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (CrossingTable.Row row : table.rows()) {
                List<Object> cells = new ArrayList<>(row.values());
                cells.add(row.arrivals() == null ? withheld : row.arrivals());
                cells.add(row.departures() == null ? withheld : row.departures());
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The table as a CSV download named after its period, for the API and the page alike. */
    static ResponseEntity<String> csvDownload(CrossingTable table) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("crossings-" + table.from() + "-" + table.to() + ".csv").build().toString())
                .body(csv(table));
    }
}

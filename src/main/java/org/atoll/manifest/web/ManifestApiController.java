package org.atoll.manifest.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.atoll.manifest.internal.ManifestIngest;
import org.atoll.manifest.internal.ManifestStore.StoredManifest;
import org.atoll.manifest.internal.ManifestStore.StoredPerson;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Manifests API: carriers submit PAXLST or CSV; officers and carriers read flights and manifests. */
@RestController
@RequestMapping("/api/v1")
class ManifestApiController {

    static final String EDIFACT = "application/edifact";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    record Point(String port, LocalDateTime time) {
    }

    record ManifestSummary(UUID manifestId, String format, String function, String status, String carrier,
                           String flight, LocalDate flightDate, Point departure, Point arrival, int passengers,
                           int crew, List<String> warnings, UUID replaces) {

        static ManifestSummary of(StoredManifest m) {
            return new ManifestSummary(m.id(), m.format(), m.function(), m.status(), m.carrier(), m.flightNumber(),
                    m.flightDate(), new Point(m.departurePort(), m.departureTime()),
                    new Point(m.arrivalPort(), m.arrivalTime()), m.passengers(), m.crew(), m.warnings(), m.replaces());
        }
    }

    /** The parts of a multi-part list received so far; {@code total} once the final part came. */
    record Parts(java.util.SortedSet<Integer> received, Integer total, boolean complete) {
    }

    record ManifestDetail(ManifestSummary manifest, List<StoredPerson> persons, List<ManifestSummary> history, Parts parts) {
    }

    private final ManifestIngest ingest;

    ManifestApiController(ManifestIngest ingest) {
        this.ingest = ingest;
    }

    // No "consumes": who may submit is checked before the content type, so a wrong caller always gets 403.
    @PostMapping("/manifests")
    ResponseEntity<ManifestSummary> submit(@RequestHeader(value = HttpHeaders.CONTENT_TYPE, defaultValue = "") String contentType,
                                           @RequestBody(required = false) byte[] body)
            throws org.springframework.web.HttpMediaTypeNotSupportedException {
        String type = contentType.toLowerCase(java.util.Locale.ROOT);
        ManifestIngest.Format format = type.startsWith(XLSX) ? ManifestIngest.Format.XLSX
                : type.startsWith("text/csv") ? ManifestIngest.Format.CSV
                : type.startsWith(EDIFACT) || type.startsWith("application/x-edifact") || type.startsWith("text/plain")
                ? ManifestIngest.Format.PAXLST : null;
        body = body == null ? new byte[0] : body;
        ManifestIngest.Outcome outcome = ingest.receive(format, body);
        ManifestSummary summary = ManifestSummary.of(outcome.manifest());
        if (!outcome.created()) {
            return ResponseEntity.ok(summary);
        }
        return ResponseEntity.created(URI.create("/api/v1/manifests/" + summary.manifestId())).body(summary);
    }

    @GetMapping("/manifests/{id}")
    ManifestDetail read(@PathVariable UUID id) {
        StoredManifest m = ingest.read(id);
        return new ManifestDetail(ManifestSummary.of(m), ingest.persons(id),
                ingest.history(id).stream().skip(1).map(ManifestSummary::of).toList(),
                ingest.parts(id).map(p -> new Parts(p.received(), p.total(), p.complete())).orElse(null));
    }

    @GetMapping("/flights")
    Map<String, List<ManifestSummary>> flights(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                               @RequestParam String port) {
        List<String> ports = List.of(port.trim().toUpperCase(), port.trim().toUpperCase().length() == 5
                ? port.trim().toUpperCase().substring(2) : port.trim().toUpperCase());
        List<StoredManifest> all = ingest.flights(date, port);
        return Map.of(
                "arrivals", all.stream().filter(m -> m.arrivalPort() != null && ports.contains(m.arrivalPort())
                        && m.arrivalTime() != null && m.arrivalTime().toLocalDate().equals(date)).map(ManifestSummary::of).toList(),
                "departures", all.stream().filter(m -> m.departurePort() != null && ports.contains(m.departurePort())
                        && m.departureTime() != null && m.departureTime().toLocalDate().equals(date)).map(ManifestSummary::of).toList());
    }
}

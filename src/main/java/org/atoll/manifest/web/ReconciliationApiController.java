package org.atoll.manifest.web;

import java.time.LocalDate;
import java.util.UUID;
import org.atoll.InvalidRequestException;
import org.atoll.manifest.internal.CarrierCompliance;
import org.atoll.manifest.internal.ManifestIngest;
import org.atoll.manifest.internal.Reconciliation;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** After arrival: a manifest against the crossings recorded, and how well each carrier reports. */
@RestController
class ReconciliationApiController {

    static final int MAX_REPORT_DAYS = 366;

    private final ManifestIngest ingest;
    private final Reconciliation reconciliation;
    private final CarrierCompliance compliance;

    ReconciliationApiController(ManifestIngest ingest, Reconciliation reconciliation, CarrierCompliance compliance) {
        this.ingest = ingest;
        this.reconciliation = reconciliation;
        this.compliance = compliance;
    }

    @GetMapping("/api/v1/manifests/{id}/reconciliation")
    @PreAuthorize("hasAnyRole('PRIMARY_OFFICER', 'SECONDARY_OFFICER', 'SUPERVISOR', 'ALERT_MANAGER', 'ANALYST', 'ADMINISTRATOR')")
    Reconciliation.Report reconciliation(@PathVariable UUID id) {
        return reconciliation.report(ingest.read(id));
    }

    @GetMapping("/api/v1/carrier-compliance")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ANALYST', 'ADMINISTRATOR')")
    CarrierCompliance.Report compliance(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (to.isBefore(from)) {
            throw InvalidRequestException.field("to", "The end of the period is on or after its start.");
        }
        if (from.plusDays(MAX_REPORT_DAYS).isBefore(to)) {
            throw InvalidRequestException.field("to", "A report covers at most " + MAX_REPORT_DAYS + " days.");
        }
        return compliance.report(from, to);
    }
}

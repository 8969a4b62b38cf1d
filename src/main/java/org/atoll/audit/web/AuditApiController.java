package org.atoll.audit.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.atoll.audit.AuditChainVerification;
import org.atoll.audit.AuditEvent;
import org.atoll.audit.AuditQuery;
import org.atoll.audit.AuditRecord;
import org.atoll.audit.AuditTrail;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasRole('ADMINISTRATOR')")
@Tag(name = "Audit trail")
class AuditApiController {

    private final AuditQuery query;
    private final AuditTrail trail;

    AuditApiController(AuditQuery query, AuditTrail trail) {
        this.query = query;
        this.trail = trail;
    }

    @GetMapping("/verification")
    @Operation(summary = "Recompute the hash chain and name the first broken record, if any")
    AuditChainVerification verify() {
        AuditChainVerification result = query.verifyChain();
        trail.record(AuditEvent.succeeded("AUDIT_CHAIN_VERIFIED", "audit", null)
                .withDetails(result.intact() ? "intact, " + result.recordsChecked() + " records"
                        : "broken at " + result.firstBrokenSeq()));
        return result;
    }

    @GetMapping
    @Operation(summary = "Search the audit trail by officer, object, action and dates, newest first")
    List<AuditRecord> search(@RequestParam(required = false) String actor,
                             @RequestParam(required = false) String objectType,
                             @RequestParam(required = false) String objectId,
                             @RequestParam(required = false) String action,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                             @RequestParam(defaultValue = "200") int limit) {
        return query.search(new AuditQuery.AuditSearch(actor, objectType, objectId, action, from, to, limit));
    }
}

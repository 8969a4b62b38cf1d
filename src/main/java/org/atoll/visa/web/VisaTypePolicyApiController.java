package org.atoll.visa.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.atoll.ConcurrentEditException;
import org.atoll.InvalidRequestException;
import org.atoll.audit.AuditEvent;
import org.atoll.audit.AuditTrail;
import org.atoll.regulation.Regulations;
import org.atoll.regulation.VisaTypeCode;
import org.atoll.visa.internal.VisaTypePolicyRepository;
import org.atoll.visa.internal.VisaTypePolicyRepository.VisaTypePolicy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Which visa types need a supervisor's approval of a refusal (administrators set it). */
@RestController
@RequestMapping("/api/v1/visa-type-policies")
@Tag(name = "Visa type policies", description = "Per visa type: does a refusal need a supervisor's approval?")
class VisaTypePolicyApiController {

    private final VisaTypePolicyRepository policies;
    private final Regulations regulations;
    private final AuditTrail audit;

    VisaTypePolicyApiController(VisaTypePolicyRepository policies, Regulations regulations, AuditTrail audit) {
        this.policies = policies;
        this.regulations = regulations;
        this.audit = audit;
    }

    record PolicyBody(Boolean refusalNeedsSupervisor, Long version) {
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('VISA_OFFICER', 'SUPERVISOR', 'ADMINISTRATOR')")
    @Operation(summary = "The types whose refusals need a supervisor's approval (types not listed do not)")
    List<VisaTypePolicy> list() {
        return policies.all();
    }

    @PutMapping("/{visaType}")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional
    @Operation(summary = "Set whether refusals of a type need a supervisor's approval")
    VisaTypePolicy put(@PathVariable String visaType, @RequestBody PolicyBody body) {
        String code = visaType.strip().toUpperCase(Locale.ROOT);
        boolean known = regulations.inForceToday().flatMap(s -> {
            try {
                return s.visaType(VisaTypeCode.of(code));
            } catch (IllegalArgumentException e) {
                return java.util.Optional.empty();
            }
        }).isPresent();
        if (!known) {
            throw InvalidRequestException.field("visaType", "Unknown visa type " + code + " in the regulation set in force");
        }
        if (body.refusalNeedsSupervisor() == null) {
            throw InvalidRequestException.field("refusalNeedsSupervisor", "Required: true or false");
        }
        if (!policies.put(code, body.refusalNeedsSupervisor(), body.version())) {
            long current = policies.all().stream().filter(p -> p.visaType().equals(code)).findFirst().map(VisaTypePolicy::version)
                    .orElse(0L);
            throw new ConcurrentEditException("visa type policy", code, current);
        }
        audit.record(AuditEvent.succeeded("VISA_TYPE_POLICY_CHANGED", "VISA_TYPE_POLICY", code)
                .withDetails("refusal needs supervisor: " + body.refusalNeedsSupervisor()));
        return policies.all().stream().filter(p -> p.visaType().equals(code)).findFirst().orElseThrow();
    }
}

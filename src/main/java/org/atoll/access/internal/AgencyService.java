package org.atoll.access.internal;

import java.time.Clock;
import java.util.List;

import org.atoll.ConcurrentEditException;
import org.atoll.InvalidRequestException;
import org.atoll.RecordNotFoundException;
import org.atoll.access.AgencyCode;
import org.atoll.audit.AuditEvent;
import org.atoll.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AgencyService {

    private final AgencyRepository agencies;
    private final AuditTrail audit;
    private final Clock clock;

    AgencyService(AgencyRepository agencies, AuditTrail audit, Clock clock) {
        this.agencies = agencies;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Agency> all() {
        return agencies.findAll();
    }

    @Transactional
    public Agency create(String code, String name) {
        AgencyCode agencyCode;
        try {
            agencyCode = AgencyCode.of(code);
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.field("code", e.getMessage());
        }
        if (agencies.find(agencyCode).isPresent()) {
            throw InvalidRequestException.field("code", "An agency with the code " + agencyCode + " exists already.");
        }
        String cleanName = checkName(name);
        Agency agency = new Agency(agencyCode, cleanName, true, 0);
        agencies.insert(agency, clock.instant());
        audit.record(AuditEvent.succeeded("AGENCY_CREATED", "agency", agencyCode.value()).withDetails(cleanName));
        return agencies.find(agencyCode).orElseThrow();
    }

    @Transactional
    public Agency change(String code, String name, Boolean active, Integer version) {
        Agency current;
        try {
            current = agencies.find(AgencyCode.of(code)).orElseThrow(() -> new RecordNotFoundException("agency", code));
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("agency", code);
        }
        if (version == null) {
            throw InvalidRequestException.field("version", "Send the version you read, so that concurrent edits are detected.");
        }
        Agency changed = new Agency(current.code(), name == null ? current.name() : checkName(name),
                active == null ? current.active() : active, current.version());
        if (version != current.version() || !agencies.update(changed, version)) {
            throw new ConcurrentEditException("agency", code, current.version());
        }
        audit.record(AuditEvent.succeeded("AGENCY_CHANGED", "agency", current.code().value())
                .withDetails("name=" + changed.name() + " active=" + changed.active()));
        return agencies.find(current.code()).orElseThrow();
    }

    private static String checkName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 200) {
            throw InvalidRequestException.field("name", "Name the agency (at most 200 characters).");
        }
        return clean;
    }
}

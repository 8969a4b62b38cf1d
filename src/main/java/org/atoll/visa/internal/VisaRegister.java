package org.atoll.visa.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.atoll.ConcurrentEditException;
import org.atoll.InvalidRequestException;
import org.atoll.RecordNotFoundException;
import org.atoll.access.CurrentOfficer;
import org.atoll.audit.AuditEvent;
import org.atoll.audit.AuditTrail;
import org.atoll.document.DocumentNumber;
import org.atoll.reference.CountryCode;
import org.atoll.regulation.ProvisionReference;
import org.atoll.regulation.Regulations;
import org.atoll.regulation.VisaType;
import org.atoll.visa.VisaNumber;
import org.atoll.visa.VisaRecord;
import org.atoll.visa.VisaExtensionApproved;
import org.atoll.visa.VisaRevoked;
import org.atoll.visa.Visas;
import org.atoll.visa.domain.ExtensionRequestPolicy;
import org.atoll.visa.domain.Grounds;
import org.atoll.visa.domain.IssuedVisa;
import org.atoll.visa.domain.VisaExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of issued visas: the border's look-ups (the {@link Visas} facade), the visa
 * officers' view with extensions and revocation, and the printable visa. Every look-up of a
 * visa is audited, since it reveals a person's travel.
 */
@Service
public class VisaRegister implements Visas {

    static final String RECORD = "visa";
    static final String AUDIT_TYPE = "VISA";

    private final IssuedVisaRepository visas;
    private final Regulations regulations;
    private final VisaApplications applications;
    private final NoticeDocuments notices;
    private final CurrentOfficer currentOfficer;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ExtensionRequestPolicy extensionPolicy = new ExtensionRequestPolicy();

    VisaRegister(IssuedVisaRepository visas, Regulations regulations, VisaApplications applications, NoticeDocuments notices,
                 CurrentOfficer currentOfficer, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.visas = visas;
        this.regulations = regulations;
        this.applications = applications;
        this.notices = notices;
        this.currentOfficer = currentOfficer;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // --- the facade -----------------------------------------------------------------------------

    @Override
    public Optional<VisaRecord> byNumber(VisaNumber number) {
        Optional<IssuedVisa> visa = visas.findByNumber(number);
        audit.record((visa.isPresent() ? AuditEvent.succeeded("VISA_READ", AUDIT_TYPE, number.value())
                : AuditEvent.failed("VISA_READ", AUDIT_TYPE, number.value())));
        return visa.map(IssuedVisa::toRecord);
    }

    @Override
    public List<VisaRecord> forPassport(CountryCode nationality, DocumentNumber passportNumber) {
        List<VisaRecord> found = visas.findByPassport(nationality.value(), passportNumber.value()).stream()
                .map(IssuedVisa::toRecord).toList();
        audit.record(AuditEvent.succeeded("VISA_LOOKUP", AUDIT_TYPE, nationality + "/" + passportNumber)
                .withDetails(found.size() + " visas"));
        return found;
    }

    @Override
    @Transactional
    public VisaRecord recordEntry(VisaNumber number, LocalDate on) {
        IssuedVisa visa = find(number);
        visa.recordEntry(on);
        save(visa, "VISA_ENTRY_RECORDED", "entry " + visa.entriesUsed() + " on " + on);
        return visa.toRecord();
    }

    // --- the visa officers' view ----------------------------------------------------------------

    public IssuedVisa get(VisaNumber number) {
        IssuedVisa visa = find(number);
        audit.record(AuditEvent.succeeded("VISA_READ", AUDIT_TYPE, number.value()));
        return visa;
    }

    public byte[] pdf(VisaNumber number) {
        IssuedVisa visa = find(number);
        audit.record(AuditEvent.succeeded("VISA_PRINTED", AUDIT_TYPE, number.value()));
        return notices.visa(visa, typeName(visa));
    }

    public String typeName(IssuedVisa visa) {
        return regulations.inForceToday().flatMap(s -> s.visaType(visa.type())).map(VisaType::name).orElse(visa.type().value());
    }

    /** Requests an extension of the stay; refused with the rule's reason when the visa type does not allow it. */
    @Transactional
    public VisaExtension requestExtension(VisaNumber number, Integer days, String reason, Long expectedVersion) {
        if (days == null || days < 1) {
            throw InvalidRequestException.field("days", "Required: at least 1 day");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidRequestException.field("reason", "Required: why the extension is asked for");
        }
        IssuedVisa visa = editable(number, expectedVersion);
        VisaType type = regulations.inForceToday().flatMap(s -> s.visaType(visa.type()))
                .orElseThrow(() -> InvalidRequestException.field("visaType", "Visa type " + visa.type()
                        + " is not in the regulation set in force"));
        ExtensionRequestPolicy.Outcome outcome = extensionPolicy.check(visa, type, days);
        if (!outcome.allowed()) {
            audit.record(AuditEvent.denied("VISA_EXTENSION_REQUESTED", AUDIT_TYPE, number.value()).withDetails(outcome.reason()));
            throw InvalidRequestException.field("days", "No extension: " + outcome.reason() + " [" + outcome.provision() + "]");
        }
        VisaExtension extension = visa.requestExtension(outcome, days, reason, officer(), clock.instant());
        save(visa, "VISA_EXTENSION_REQUESTED", days + " days: " + outcome.reason());
        return extension;
    }

    @Transactional
    public VisaExtension decideExtension(VisaNumber number, UUID extensionId, String decision, String note, Long expectedVersion) {
        boolean approve;
        if ("APPROVED".equalsIgnoreCase(String.valueOf(decision).strip())) {
            approve = true;
        } else if ("REFUSED".equalsIgnoreCase(String.valueOf(decision).strip())) {
            approve = false;
            if (note == null || note.isBlank()) {
                throw InvalidRequestException.field("reason", "A refused extension needs a written reason");
            }
        } else {
            throw InvalidRequestException.field("decision", "APPROVED or REFUSED, not '" + decision + "'");
        }
        IssuedVisa visa = editable(number, expectedVersion);
        VisaExtension decided;
        try {
            decided = visa.decideExtension(extensionId, approve, officer(), clock.instant(), note);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("visa extension", extensionId.toString());
        } catch (IllegalStateException e) {
            throw InvalidRequestException.field("decision", e.getMessage());
        }
        save(visa, approve ? "VISA_EXTENSION_APPROVED" : "VISA_EXTENSION_REFUSED", decided.days() + " days");
        if (approve) {
            events.publishEvent(new VisaExtensionApproved(number, visa.holder().nationality(), visa.holder().passport().number(),
                    decided.days(), LocalDate.now(clock), officer()));
        }
        return decided;
    }

    /** Revokes a visa on grounds (provisions in force and a written reason); announces {@link VisaRevoked}. */
    @Transactional
    public IssuedVisa revoke(VisaNumber number, List<String> grounds, String reason, Long expectedVersion) {
        Grounds revocation = applications.groundsOrThrow(grounds, reason);
        IssuedVisa visa = editable(number, expectedVersion);
        LocalDate today = LocalDate.now(clock);
        try {
            visa.revoke(revocation, officer(), clock.instant(), today);
        } catch (IllegalStateException e) {
            throw InvalidRequestException.field("visa", e.getMessage());
        }
        save(visa, "VISA_REVOKED", String.join("; ", revocation.provisions().stream().map(ProvisionReference::value).toList()));
        events.publishEvent(new VisaRevoked(number, visa.holder().nationality(), visa.holder().passport().number(), today,
                revocation.provisions().stream().map(ProvisionReference::value).toList()));
        return find(number);
    }

    // --- helpers ------------------------------------------------------------------------------

    private IssuedVisa find(VisaNumber number) {
        return visas.findByNumber(number).orElseThrow(() -> new RecordNotFoundException(RECORD, number.value()));
    }

    private IssuedVisa editable(VisaNumber number, Long expectedVersion) {
        IssuedVisa visa = find(number);
        if (expectedVersion != null && expectedVersion != visa.version()) {
            throw new ConcurrentEditException(RECORD, number.value(), visa.version());
        }
        return visa;
    }

    private void save(IssuedVisa visa, String action, String details) {
        if (!visas.update(visa)) {
            throw new ConcurrentEditException(RECORD, visa.number().value(), visas.currentVersion(visa.number()));
        }
        audit.record(AuditEvent.succeeded(action, AUDIT_TYPE, visa.number().value()).withDetails(details));
    }

    private String officer() {
        return currentOfficer.officer().map(o -> o.username())
                .or(() -> currentOfficer.apiClient().map(c -> "client:" + c.name()))
                .orElse("system");
    }

    static String upper(String value) {
        return value == null ? null : value.strip().toUpperCase(Locale.ROOT);
    }
}

package org.atoll.visa.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.atoll.ConcurrentEditException;
import org.atoll.InvalidRequestException;
import org.atoll.InvalidRequestException.FieldProblem;
import org.atoll.RecordNotFoundException;
import org.atoll.access.CurrentOfficer;
import org.atoll.audit.AuditEvent;
import org.atoll.audit.AuditTrail;
import org.atoll.document.DocumentNumber;
import org.atoll.document.MrzFormat;
import org.atoll.document.PersonName;
import org.atoll.document.Sex;
import org.atoll.reference.CountryCode;
import org.atoll.reference.ReferenceData;
import org.atoll.regulation.Entries;
import org.atoll.regulation.Issuance;
import org.atoll.regulation.Provision;
import org.atoll.regulation.ProvisionReference;
import org.atoll.regulation.Purpose;
import org.atoll.regulation.RegulationSet;
import org.atoll.regulation.Regulations;
import org.atoll.regulation.VisaType;
import org.atoll.regulation.VisaTypeCode;
import org.atoll.visa.VisaApplicationId;
import org.atoll.visa.VisaApplicationSubmitted;
import org.atoll.visa.VisaIssued;
import org.atoll.visa.VisaNumber;
import org.atoll.visa.domain.Applicant;
import org.atoll.visa.domain.ApplicationStatus;
import org.atoll.visa.domain.FeeRecord;
import org.atoll.visa.domain.FeeStatus;
import org.atoll.visa.domain.Grounds;
import org.atoll.visa.domain.IssuedVisa;
import org.atoll.visa.domain.Passport;
import org.atoll.visa.domain.Sponsor;
import org.atoll.visa.domain.UploadPolicy;
import org.atoll.visa.domain.VisaApplication;
import org.atoll.visa.internal.SupportingDocumentRepository.DocumentInfo;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The visa officers' use cases on applications: submit, review, interview, decide (a refusal with
 * grounds from the provisions in force, and a supervisor's approval where the type needs it),
 * issue, withdraw, supporting documents, the refusal notice. Every read and change of an
 * application is audited; a submission is announced as {@link VisaApplicationSubmitted}.
 */
@Service
public class VisaApplications {

    static final String RECORD = "visa application";
    static final String AUDIT_TYPE = "VISA_APPLICATION";

    private final VisaApplicationRepository applications;
    private final IssuedVisaRepository visas;
    private final SupportingDocumentRepository documents;
    private final VisaTypePolicyRepository typePolicies;
    private final Regulations regulations;
    private final ReferenceData referenceData;
    private final VisaMrzWriter mrz;
    private final NoticeDocuments notices;
    private final CurrentOfficer currentOfficer;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final VisaProperties properties;
    private final Clock clock;
    private final ApplicationScreening screening;
    private final FeeRecordRepository fees;

    VisaApplications(VisaApplicationRepository applications, IssuedVisaRepository visas, SupportingDocumentRepository documents,
                     VisaTypePolicyRepository typePolicies, Regulations regulations, ReferenceData referenceData,
                     VisaMrzWriter mrz, NoticeDocuments notices, CurrentOfficer currentOfficer, AuditTrail audit,
                     ApplicationEventPublisher events, VisaProperties properties, Clock clock,
                     ApplicationScreening screening, FeeRecordRepository fees) {
        this.screening = screening;
        this.fees = fees;
        this.applications = applications;
        this.visas = visas;
        this.documents = documents;
        this.typePolicies = typePolicies;
        this.regulations = regulations;
        this.referenceData = referenceData;
        this.mrz = mrz;
        this.notices = notices;
        this.currentOfficer = currentOfficer;
        this.audit = audit;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    // --- submission ---------------------------------------------------------------------------

    @Transactional
    public VisaApplication submit(ApplicationForm form) {
        LocalDate today = LocalDate.now(clock);
        List<FieldProblem> problems = new ArrayList<>();
        PersonName name = parse(problems, "applicant.surname", () -> PersonName.of(form.surname(), form.givenNames()));
        LocalDate dob = required(problems, "applicant.dateOfBirth", form.dateOfBirth());
        if (dob != null && dob.isAfter(today)) {
            problems.add(new FieldProblem("applicant.dateOfBirth", "A date of birth is not in the future: " + dob));
        }
        CountryCode nationality = knownCountry(problems, "applicant.nationality", form.nationality(), today, "nationality");
        Sex sex = required(problems, "applicant.sex", form.sex()) == null ? null
                : parse(problems, "applicant.sex", () -> Sex.parse(form.sex()));
        DocumentNumber passportNumber = required(problems, "applicant.passport.number", form.passportNumber()) == null ? null
                : parse(problems, "applicant.passport.number", () -> DocumentNumber.of(form.passportNumber()));
        CountryCode issuer = knownCountry(problems, "applicant.passport.issuingState", form.passportIssuingState(), today,
                "issuing state");
        LocalDate expiry = required(problems, "applicant.passport.expiry", form.passportExpiry());

        RegulationSet rules = regulations.inForceToday()
                .orElseThrow(() -> new IllegalStateException("No regulation set is in force today"));
        VisaType type = null;
        if (required(problems, "visaType", form.visaType()) != null) {
            VisaTypeCode code = parse(problems, "visaType", () -> VisaTypeCode.of(form.visaType().strip().toUpperCase(Locale.ROOT)));
            if (code != null) {
                type = rules.visaType(code).orElse(null);
                if (type == null) {
                    problems.add(new FieldProblem("visaType", "Unknown visa type " + code + ": the types applied for in advance are "
                            + inAdvanceTypes(rules)));
                } else if (type.issuance() != Issuance.IN_ADVANCE) {
                    problems.add(new FieldProblem("visaType", type.code() + " (" + type.name() + ") is not applied for in advance ("
                            + type.issuance() + "); the types applied for in advance are " + inAdvanceTypes(rules)));
                    type = null;
                }
            }
        }
        Purpose purpose = required(problems, "purpose", form.purpose()) == null ? null
                : parse(problems, "purpose", () -> purpose(form.purpose()));
        if (type != null && purpose != null && !type.covers(purpose)) {
            problems.add(new FieldProblem("purpose", type.code() + " does not cover " + purpose.name().toLowerCase(Locale.ROOT)
                    + "; it covers " + type.purposes()));
        }
        LocalDate arrival = required(problems, "intendedArrival", form.intendedArrival());
        LocalDate departure = required(problems, "intendedDeparture", form.intendedDeparture());
        if (arrival != null && departure != null && departure.isBefore(arrival)) {
            problems.add(new FieldProblem("intendedDeparture", "The departure is on or after the arrival (" + arrival + ")"));
        }
        Sponsor sponsor = null;
        if (!isBlank(form.sponsorName()) || !isBlank(form.sponsorKind())) {
            sponsor = parse(problems, "sponsor", () -> new Sponsor(isBlank(form.sponsorKind()) ? Sponsor.Kind.SPONSOR
                    : Sponsor.Kind.valueOf(form.sponsorKind().strip().toUpperCase(Locale.ROOT)), form.sponsorName(), form.sponsorContact()));
        }
        if (type != null && type.workAllowed() && (sponsor == null || sponsor.kind() != Sponsor.Kind.EMPLOYER)) {
            problems.add(new FieldProblem("sponsor", type.code() + " allows work: name the employer (sponsor kind EMPLOYER)"));
        }
        FeeStatus fee = isBlank(form.feeStatus()) ? FeeStatus.UNPAID
                : parse(problems, "feeStatus", () -> FeeStatus.valueOf(form.feeStatus().strip().toUpperCase(Locale.ROOT)));
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems.stream().map(p -> p.field() + ": " + p.message())
                    .collect(Collectors.joining("; ")), problems);
        }
        Applicant applicant = new Applicant(name, dob, nationality, sex, new Passport(passportNumber, issuer, expiry));
        Instant now = clock.instant();
        String reference = String.format(Locale.ROOT, "VA-%d-%06d", today.getYear(), applications.nextReferenceNumber());
        VisaApplication application = VisaApplication.submit(VisaApplicationId.random(), reference, applicant, type.code(), purpose,
                arrival, departure, sponsor, fee, officer(), now);
        applications.insert(application);
        fees.insert(application.id(), new FeeRecord(fee, Optional.empty(), Optional.empty(), Optional.of("at submission"),
                officer(), now));
        audit.record(AuditEvent.succeeded("VISA_APPLICATION_SUBMITTED", AUDIT_TYPE, application.id().toString())
                .withDetails(reference + " " + type.code() + " " + nationality));
        events.publishEvent(new VisaApplicationSubmitted(application.id(), reference, name, dob, sex, nationality, passportNumber,
                issuer, type.code().value(), now));
        return application;
    }

    // --- reading ------------------------------------------------------------------------------

    /** An application, with the read audited (personal data). */
    public VisaApplication get(VisaApplicationId id) {
        VisaApplication application = find(id);
        audit.record(AuditEvent.succeeded("VISA_APPLICATION_READ", AUDIT_TYPE, id.toString()));
        return application;
    }

    public List<VisaApplication> queue(List<ApplicationStatus> statuses, String visaType, String nationality) {
        List<ApplicationStatus> wanted = statuses == null || statuses.isEmpty()
                ? Arrays.stream(ApplicationStatus.values()).filter(ApplicationStatus::isOpen).toList() : statuses;
        List<VisaApplication> found = applications.queue(wanted, blankToNull(visaType), blankToNull(nationality), 200);
        audit.record(AuditEvent.succeeded("VISA_QUEUE_READ", AUDIT_TYPE, null)
                .withDetails(found.size() + " applications; statuses " + wanted + (visaType == null ? "" : ", type " + visaType)
                        + (nationality == null ? "" : ", nationality " + nationality)));
        return found;
    }

    /** The applicant's other applications (same passport, or same surname and date of birth). */
    public List<VisaApplication> otherApplications(VisaApplication application) {
        return applications.sameApplicant(application);
    }

    public Optional<IssuedVisa> visaFor(VisaApplication application) {
        return visas.findByApplication(application.id());
    }

    /** The provisions a refusal may cite: those of the set in force today. */
    public List<Provision> provisionsInForce() {
        return regulations.inForceToday().map(RegulationSet::provisions).orElse(List.of());
    }

    public Optional<VisaType> type(VisaTypeCode code) {
        return regulations.inForceToday().flatMap(set -> set.visaType(code));
    }

    public boolean refusalNeedsSupervisor(VisaTypeCode type) {
        return typePolicies.refusalNeedsSupervisor(type.value());
    }

    // --- the workflow ---------------------------------------------------------------------------

    @Transactional
    public VisaApplication startReview(VisaApplicationId id, Long expectedVersion) {
        VisaApplication a = editable(id, expectedVersion);
        a.startReview(officer(), clock.instant());
        return save(a, "VISA_APPLICATION_REVIEW_STARTED", null);
    }

    @Transactional
    public VisaApplication scheduleInterview(VisaApplicationId id, LocalDateTime at, String place, Long expectedVersion) {
        List<FieldProblem> problems = new ArrayList<>();
        required(problems, "at", at);
        required(problems, "place", place);
        throwIfAny(problems);
        VisaApplication a = editable(id, expectedVersion);
        a.scheduleInterview(new VisaApplication.Interview(at, place), officer(), clock.instant());
        return save(a, "VISA_INTERVIEW_SCHEDULED", at + " at " + place);
    }

    @Transactional
    public VisaApplication withdraw(VisaApplicationId id, String reason, Long expectedVersion) {
        VisaApplication a = editable(id, expectedVersion);
        a.withdraw(officer(), clock.instant(), reason);
        return save(a, "VISA_APPLICATION_WITHDRAWN", reason);
    }

    public enum Outcome { APPROVED, REFUSED }

    /**
     * Decides an application. A refusal needs at least one ground — a provision of the regulation
     * set in force — and a written reason; where the type needs it, it waits for a supervisor.
     */
    @Transactional
    public VisaApplication decide(VisaApplicationId id, String decision, List<String> grounds, String reason, Long expectedVersion) {
        List<FieldProblem> problems = new ArrayList<>();
        Outcome outcome = required(problems, "decision", decision) == null ? null
                : parse(problems, "decision", () -> {
                    try {
                        return Outcome.valueOf(decision.strip().toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("The decision is APPROVED or REFUSED, not '" + decision + "'");
                    }
                });
        Grounds refusal = null;
        if (outcome == Outcome.REFUSED) {
            refusal = grounds(problems, grounds, reason);
        }
        throwIfAny(problems);
        VisaApplication a = editable(id, expectedVersion);
        if (outcome == Outcome.APPROVED) {
            if (a.status().canMoveTo(ApplicationStatus.APPROVED)) {
                screening.requireClear(a.id(), "VISA_APPLICATION_APPROVED");
            }
            a.approve(officer(), clock.instant(), reason);
            return save(a, "VISA_APPLICATION_APPROVED", reason);
        }
        boolean needsSupervisor = typePolicies.refusalNeedsSupervisor(a.visaType().value());
        a.refuse(refusal, needsSupervisor, officer(), clock.instant());
        return save(a, needsSupervisor ? "VISA_REFUSAL_PROPOSED" : "VISA_APPLICATION_REFUSED",
                refusal.provisions().stream().map(ProvisionReference::value).collect(Collectors.joining("; ")));
    }

    /** A supervisor (not the proposing officer) approves a proposed refusal or sends it back for review. */
    @Transactional
    public VisaApplication reviewRefusal(VisaApplicationId id, Boolean approve, String note, Long expectedVersion) {
        if (approve == null) {
            throw InvalidRequestException.field("approve", "Required: true to make the refusal final, false to send it back");
        }
        VisaApplication a = editable(id, expectedVersion);
        if (approve) {
            a.confirmRefusal(officer(), clock.instant());
            return save(a, "VISA_APPLICATION_REFUSED", "refusal approved by a supervisor");
        }
        a.sendBackRefusal(officer(), clock.instant(), note);
        return save(a, "VISA_REFUSAL_SENT_BACK", note);
    }

    @Transactional
    public VisaApplication changeFeeStatus(VisaApplicationId id, String feeStatus, Long expectedVersion) {
        return recordFee(id, feeStatus, null, null, null, expectedVersion);
    }

    /**
     * Records the fee status (UNPAID, PAID, WAIVED) and, for a payment, the amount paid
     * ({@code "USD 50"}) and the receipt reference; every recording is kept with officer and time.
     */
    @Transactional
    public VisaApplication recordFee(VisaApplicationId id, String feeStatus, String amount, String receipt, String note,
                                     Long expectedVersion) {
        List<FieldProblem> problems = new ArrayList<>();
        FeeStatus status = null;
        try {
            status = FeeStatus.valueOf(String.valueOf(feeStatus).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("feeStatus", "UNPAID, PAID or WAIVED, not '" + feeStatus + "'"));
        }
        Optional<org.atoll.regulation.Money> paid = Optional.empty();
        if (!isBlank(amount)) {
            try {
                paid = Optional.of(org.atoll.regulation.Money.parse(amount));
            } catch (IllegalArgumentException | ArithmeticException e) {
                problems.add(new FieldProblem("amount", "A currency code and an amount, e.g. USD 50 ("
                        + (e.getMessage() == null ? "unreadable" : e.getMessage()) + ")"));
            }
        }
        throwIfAny(problems);
        FeeRecord record;
        try {
            record = new FeeRecord(status, paid, Optional.ofNullable(blankToNull(receipt)), Optional.ofNullable(blankToNull(note)),
                    officer(), clock.instant());
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.field(paid.isPresent() || isBlank(receipt) ? "amount" : "receipt", e.getMessage());
        }
        VisaApplication a = editable(id, expectedVersion);
        try {
            a.changeFeeStatus(status);
        } catch (IllegalStateException e) {
            throw InvalidRequestException.field("feeStatus", e.getMessage());
        }
        fees.insert(a.id(), record);
        return save(a, "VISA_FEE_STATUS_CHANGED", status.name() + record.amount().map(m -> " " + m).orElse("")
                + record.receipt().map(r -> ", receipt " + r).orElse(""));
    }

    /** The fee recordings of an application, oldest first. */
    public List<FeeRecord> feeRecords(VisaApplicationId id) {
        return fees.list(id);
    }

    /** What the officer may set when issuing; anything left out comes from the visa type. */
    public record IssueRequest(LocalDate validFrom, LocalDate validUntil, Integer entries, Integer permittedStayDays,
                               List<String> conditions, String format) {
    }

    /** Issues the visa of an approved application: number, terms, MRZ; announces {@link VisaIssued}. */
    @Transactional
    public IssuedVisa issue(VisaApplicationId id, IssueRequest request, Long expectedVersion) {
        VisaApplication a = editable(id, expectedVersion);
        if (a.status() != ApplicationStatus.APPROVED) {
            throw new org.atoll.visa.domain.TransitionNotAllowedException(a.status(), ApplicationStatus.ISSUED);
        }
        // a hit may have come in after the approval (screened again): it is settled before the visa is issued
        screening.requireClear(a.id(), "VISA_ISSUED");
        VisaType type = type(a.visaType()).orElseThrow(() -> InvalidRequestException.field("visaType",
                "Visa type " + a.visaType() + " is no longer in the regulation set in force; it cannot be issued"));
        org.atoll.visa.domain.IssueFeeRule.refusal(type.code().value(), type.fee(), a.feeStatus()).ifPresent(why -> {
            throw InvalidRequestException.field("feeStatus", why);
        });
        IssueRequest r = request == null ? new IssueRequest(null, null, null, null, null, null) : request;
        LocalDate today = LocalDate.now(clock);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate from = r.validFrom() == null ? today : r.validFrom();
        LocalDate until = r.validUntil() != null ? r.validUntil()
                : earlier(later(from.plusDays(properties.defaultValidityDays() - 1L), a.intendedArrival()),
                        a.applicant().passport().expiry());
        if (until.isBefore(from)) {
            problems.add(new FieldProblem("validUntil", "On or after the first valid day " + from));
        }
        if (until.isAfter(a.applicant().passport().expiry())) {
            problems.add(new FieldProblem("validUntil", "After the passport's expiry " + a.applicant().passport().expiry()));
        }
        int stay = r.permittedStayDays() == null ? Math.min(type.maxStayDays(), a.intendedStayDays()) : r.permittedStayDays();
        if (stay < 1 || stay > type.maxStayDays()) {
            problems.add(new FieldProblem("permittedStayDays", type.code() + " permits 1 to " + type.maxStayDays() + " days, not " + stay));
        }
        Integer entries = r.entries() != null ? r.entries() : type.entries() == Entries.SINGLE ? Integer.valueOf(1) : null;
        if (entries != null && entries < 1) {
            problems.add(new FieldProblem("entries", "At least one entry, or leave it out for multiple entries"));
        }
        if (entries != null && entries > 1 && type.entries() == Entries.SINGLE) {
            problems.add(new FieldProblem("entries", type.code() + " is a single-entry type"));
        }
        MrzFormat format = MrzFormat.MRV_A;
        if (r.format() != null) {
            format = parse(problems, "format", () -> {
                MrzFormat f = MrzFormat.parse(r.format());
                if (!f.isVisa()) {
                    throw new IllegalArgumentException("A visa is written as MRV-A or MRV-B, not " + f);
                }
                return f;
            });
        }
        throwIfAny(problems);
        List<String> conditions = r.conditions() != null ? r.conditions().stream().filter(c -> !isBlank(c)).map(String::strip).toList()
                : defaultConditions(type, a);
        IssuedVisa.Terms terms = new IssuedVisa.Terms(from, until, entries, stay, conditions);
        VisaNumber number = visas.nextNumber();
        List<String> zone = mrz.write(format, properties.issuingState(), number, a.applicant(), terms);
        Instant now = clock.instant();
        IssuedVisa visa = new IssuedVisa(number, a.id(), type.code(), a.applicant(), terms, 0, zone, officer(), now, null, List.of(), 0);
        a.markIssued(number, officer(), now);
        visas.insert(visa);
        save(a, "VISA_ISSUED", number.value());
        events.publishEvent(new VisaIssued(number, a.id(), type.code().value(), a.applicant().nationality(),
                a.applicant().passport().number(), from, until));
        return visa;
    }

    private static List<String> defaultConditions(VisaType type, VisaApplication a) {
        List<String> conditions = new ArrayList<>();
        if (type.workAllowed()) {
            conditions.add("Work only for " + a.sponsor().map(Sponsor::name).orElse("the employer named in the application"));
        } else {
            conditions.add("No employment");
        }
        conditions.add("Purpose: " + a.purpose().name().toLowerCase(Locale.ROOT));
        return conditions;
    }

    // --- supporting documents -----------------------------------------------------------------

    public record Upload(String fileName, String mediaType, long size, byte[] content, String description) {
    }

    public static final class DocumentTooLargeException extends RuntimeException {
        public DocumentTooLargeException(String message) {
            super(message);
        }
    }

    /**
     * Stores a supporting document after checking its content (magic bytes, not the declared
     * type) and size.
     *
     * @throws DocumentTooLargeException over the size limit
     * @throws InvalidRequestException when the content is not a PDF, JPEG or PNG, or not what it claims
     */
    @Transactional
    public DocumentInfo upload(VisaApplicationId id, Upload upload) {
        VisaApplication a = find(id);
        if (a.status().isFinal()) {
            throw InvalidRequestException.field("file", "The application is " + a.status() + "; no more documents are taken");
        }
        UploadPolicy.Verdict verdict = new UploadPolicy(properties.maxDocumentBytes())
                .check(upload.fileName(), upload.mediaType(), upload.size(), upload.content());
        if (verdict instanceof UploadPolicy.Refused refused) {
            audit.record(AuditEvent.denied("VISA_DOCUMENT_UPLOADED", AUDIT_TYPE, id.toString()).withDetails(refused.reason()));
            if (refused.tooLarge()) {
                throw new DocumentTooLargeException(refused.reason());
            }
            throw InvalidRequestException.field("file", refused.reason());
        }
        UploadPolicy.Accepted accepted = (UploadPolicy.Accepted) verdict;
        String fileName = isBlank(upload.fileName()) ? "document" : safeFileName(upload.fileName());
        DocumentInfo info = new DocumentInfo(UUID.randomUUID(), id, fileName, accepted.type().mediaType(), upload.content().length,
                sha256(upload.content()), blankToNull(upload.description()), officer(), clock.instant());
        documents.insert(info, upload.content());
        audit.record(AuditEvent.succeeded("VISA_DOCUMENT_UPLOADED", AUDIT_TYPE, id.toString())
                .withDetails(info.id() + " " + fileName + " " + accepted.type() + " " + info.sizeBytes() + " bytes"));
        return info;
    }

    public List<DocumentInfo> documents(VisaApplicationId id) {
        return documents.list(id);
    }

    public record DocumentContent(DocumentInfo info, byte[] content) {
    }

    public DocumentContent document(VisaApplicationId id, UUID documentId) {
        DocumentInfo info = documents.find(id, documentId)
                .orElseThrow(() -> new RecordNotFoundException("supporting document", documentId.toString()));
        audit.record(AuditEvent.succeeded("VISA_DOCUMENT_READ", AUDIT_TYPE, id.toString()).withDetails(documentId.toString()));
        return new DocumentContent(info, documents.content(documentId));
    }

    // --- the refusal notice ---------------------------------------------------------------------

    /** The refusal notice as PDF, for a refused application. */
    public byte[] refusalNotice(VisaApplicationId id) {
        VisaApplication a = find(id);
        if (a.status() != ApplicationStatus.REFUSED || a.refusalGrounds().isEmpty()) {
            throw new RecordNotFoundException("refusal notice", id.toString());
        }
        LocalDate decidedOn = a.decidedAt().map(t -> LocalDate.ofInstant(t, clock.getZone())).orElse(LocalDate.now(clock));
        RegulationSet rules = regulations.inForceOn(decidedOn).or(regulations::inForceToday)
                .orElseThrow(() -> new IllegalStateException("No regulation set in force on " + decidedOn));
        audit.record(AuditEvent.succeeded("VISA_REFUSAL_NOTICE_READ", AUDIT_TYPE, id.toString()));
        return notices.refusalNotice(a, rules, type(a.visaType()).map(VisaType::name).orElse(a.visaType().value()), decidedOn);
    }

    // --- helpers ------------------------------------------------------------------------------

    VisaApplication find(VisaApplicationId id) {
        return applications.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD, id.toString()));
    }

    private VisaApplication editable(VisaApplicationId id, Long expectedVersion) {
        VisaApplication a = find(id);
        if (expectedVersion != null && expectedVersion != a.version()) {
            throw new ConcurrentEditException(RECORD, id.toString(), a.version());
        }
        return a;
    }

    private VisaApplication save(VisaApplication a, String action, String details) {
        if (!applications.update(a)) {
            throw new ConcurrentEditException(RECORD, a.id().toString(), applications.currentVersion(a.id()));
        }
        audit.record(AuditEvent.succeeded(action, AUDIT_TYPE, a.id().toString())
                .withDetails(a.reference() + " now " + a.status() + (details == null ? "" : ": " + details)));
        return find(a.id());
    }

    private Grounds grounds(List<FieldProblem> problems, List<String> raw, String reason) {
        List<String> given = raw == null ? List.of() : raw.stream().filter(g -> !isBlank(g)).map(String::strip).toList();
        if (given.isEmpty()) {
            problems.add(new FieldProblem("grounds", "A refusal needs at least one ground: a provision of the regulation set in force"));
        }
        if (isBlank(reason)) {
            problems.add(new FieldProblem("reason", "A refusal needs a written reason"));
        }
        List<ProvisionReference> provisions = new ArrayList<>();
        RegulationSet rules = regulations.inForceToday().orElse(null);
        for (int i = 0; i < given.size(); i++) {
            String ground = given.get(i);
            Optional<ProvisionReference> reference = rules == null ? Optional.empty()
                    : rules.provisions().stream().map(Provision::reference).filter(p -> p.value().equals(ground)).findFirst();
            if (reference.isEmpty()) {
                problems.add(new FieldProblem("grounds[" + i + "]", "'" + ground + "' is not a provision of the regulation set in force"));
            } else {
                provisions.add(reference.get());
            }
        }
        return problems.isEmpty() ? new Grounds(provisions, reason) : null;
    }

    Grounds groundsOrThrow(List<String> raw, String reason) {
        List<FieldProblem> problems = new ArrayList<>();
        Grounds grounds = grounds(problems, raw, reason);
        throwIfAny(problems);
        return grounds;
    }

    private CountryCode knownCountry(List<FieldProblem> problems, String field, String raw, LocalDate on, String what) {
        if (required(problems, field, raw) == null) {
            return null;
        }
        String code = raw.strip().toUpperCase(Locale.ROOT);
        if (!CountryCode.isWellFormed(code)) {
            problems.add(new FieldProblem(field, "Unknown " + what + " '" + raw + "': use an ICAO or ISO 3166-1 alpha-3 code"));
            return null;
        }
        CountryCode country = CountryCode.of(code);
        if (!referenceData.isKnownCountry(country, on)) {
            problems.add(new FieldProblem(field, "Unknown " + what + " " + country));
            return null;
        }
        return country;
    }

    private static String inAdvanceTypes(RegulationSet rules) {
        return rules.visaTypes().stream().filter(t -> t.issuance() == Issuance.IN_ADVANCE).map(t -> t.code().value())
                .collect(Collectors.joining(", "));
    }

    private static Purpose purpose(String raw) {
        try {
            return Purpose.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown purpose '" + raw + "': one of " + Arrays.toString(Purpose.values()));
        }
    }

    private static <T> T required(List<FieldProblem> problems, String field, T value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            problems.add(new FieldProblem(field, "Required"));
            return null;
        }
        return value;
    }

    private static <T> T parse(List<FieldProblem> problems, String field, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(new FieldProblem(field, e.getMessage() == null ? "Invalid" : e.getMessage()));
            return null;
        }
    }

    static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems.stream().map(p -> p.field() + ": " + p.message())
                    .collect(Collectors.joining("; ")), problems);
        }
    }

    private String officer() {
        return currentOfficer.officer().map(o -> o.username())
                .or(() -> currentOfficer.apiClient().map(c -> "client:" + c.name()))
                .orElse("system");
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return isBlank(value) ? null : value.strip();
    }

    private static String safeFileName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._ -]", "_");
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.atoll.visa.web;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.atoll.InvalidRequestException;
import org.atoll.RecordNotFoundException;
import org.atoll.visa.VisaApplicationId;
import org.atoll.visa.domain.ApplicationStatus;
import org.atoll.visa.domain.IssuedVisa;
import org.atoll.visa.domain.VisaApplication;
import org.atoll.visa.internal.ApplicationForm;
import org.atoll.visa.internal.ApplicationScreening;
import org.atoll.visa.internal.VisaApplications;
import org.atoll.visa.web.VisaViews.AlertScreeningView;
import org.atoll.visa.web.VisaViews.ApplicationView;
import org.atoll.visa.web.VisaViews.DocumentView;
import org.atoll.visa.web.VisaViews.QueueItem;
import org.atoll.visa.web.VisaViews.VisaView;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Visa applications through the API: submit, read, the workflow's transitions, documents, the refusal notice. */
@RestController
@RequestMapping("/api/v1/visa-applications")
@PreAuthorize("hasAnyRole('VISA_OFFICER', 'SUPERVISOR')")
@Tag(name = "Visa applications", description = "Applications, their workflow, supporting documents and refusal notices")
class VisaApplicationApiController {

    private final VisaApplications applications;
    private final ApplicationScreening screening;
    private final java.time.Clock clock;

    VisaApplicationApiController(VisaApplications applications, ApplicationScreening screening, java.time.Clock clock) {
        this.applications = applications;
        this.screening = screening;
        this.clock = clock;
    }

    record DispositionBody(String disposition, String note) {
    }

    record PassportBody(String number, String issuingState, LocalDate expiry) {
    }

    record ApplicantBody(String surname, String givenNames, LocalDate dateOfBirth, String nationality, String sex,
                         PassportBody passport) {
    }

    record SponsorBody(String kind, String name, String contact) {
    }

    record NewApplicationBody(ApplicantBody applicant, String visaType, String purpose, LocalDate intendedArrival,
                              LocalDate intendedDeparture, SponsorBody sponsor, String feeStatus) {
    }

    record VersionBody(Long version) {
    }

    record InterviewBody(LocalDateTime at, String place, Long version) {
    }

    record WithdrawBody(String reason, Long version) {
    }

    record DecisionBody(String decision, List<String> grounds, String reason, Long version) {
    }

    record RefusalReviewBody(Boolean approve, String note, Long version) {
    }

    record FeeBody(String feeStatus, String amount, String receipt, String note, Long version) {
    }

    record IssueBody(LocalDate validFrom, LocalDate validUntil, Integer entries, Integer permittedStayDays,
                     List<String> conditions, String format, Long version) {
    }

    @PostMapping
    @Operation(summary = "Submit an application",
            description = "Unknown nationality or visa type, a type not applied for in advance, a purpose the type does "
                    + "not cover → 422 naming the field. Publishes VisaApplicationSubmitted (alert screening).")
    ResponseEntity<ApplicationView> submit(@RequestBody NewApplicationBody body) {
        ApplicantBody a = body.applicant() == null ? new ApplicantBody(null, null, null, null, null, null) : body.applicant();
        PassportBody p = a.passport() == null ? new PassportBody(null, null, null) : a.passport();
        SponsorBody s = body.sponsor() == null ? new SponsorBody(null, null, null) : body.sponsor();
        VisaApplication created = applications.submit(new ApplicationForm(a.surname(), a.givenNames(), a.dateOfBirth(),
                a.nationality(), a.sex(), p.number(), p.issuingState(), p.expiry(), body.visaType(), body.purpose(),
                body.intendedArrival(), body.intendedDeparture(), s.kind(), s.name(), s.contact(), body.feeStatus()));
        return ResponseEntity.created(URI.create("/api/v1/visa-applications/" + created.id()))
                .eTag(String.valueOf(created.version())).body(view(created));
    }

    @GetMapping
    @Operation(summary = "The work queue: open applications (or the statuses given), oldest first")
    List<QueueItem> queue(@RequestParam(required = false) List<String> status, @RequestParam(required = false) String visaType,
                          @RequestParam(required = false) String nationality) {
        List<ApplicationStatus> statuses = new ArrayList<>();
        if (status != null) {
            for (String s : status) {
                try {
                    statuses.add(ApplicationStatus.valueOf(s.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw InvalidRequestException.field("status", "Unknown status '" + s + "'");
                }
            }
        }
        List<VisaApplication> found = applications.queue(statuses, upper(visaType), upper(nationality));
        var clearances = screening.clearances(found.stream().map(VisaApplication::id).toList());
        return found.stream().map(a -> QueueItem.of(a, clearances.get(a.id()))).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read an application with its transitions and documents")
    ResponseEntity<ApplicationView> get(@PathVariable String id) {
        VisaApplication a = applications.get(applicationId(id));
        return ResponseEntity.ok().eTag(String.valueOf(a.version())).body(view(a));
    }

    @PostMapping("/{id}/review")
    @Operation(summary = "Start (or resume after an interview) the review")
    ApplicationView review(@PathVariable String id, @RequestBody(required = false) VersionBody body) {
        return view(applications.startReview(applicationId(id), body == null ? null : body.version()));
    }

    @PostMapping("/{id}/interview")
    @Operation(summary = "Schedule an interview", description = "Body: {\"at\":\"2027-01-05T10:00\",\"place\":\"Koror office\"}")
    ApplicationView interview(@PathVariable String id, @RequestBody InterviewBody body) {
        return view(applications.scheduleInterview(applicationId(id), body.at(), body.place(), body.version()));
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Withdraw the application (the applicant's request)")
    ApplicationView withdraw(@PathVariable String id, @RequestBody(required = false) WithdrawBody body) {
        return view(applications.withdraw(applicationId(id), body == null ? null : body.reason(),
                body == null ? null : body.version()));
    }

    @PostMapping("/{id}/decision")
    @Operation(summary = "Decide: APPROVED, or REFUSED with grounds (provision references in force) and a reason",
            description = "A refusal of a type that needs a supervisor's approval becomes REFUSAL_PROPOSED.")
    ApplicationView decide(@PathVariable String id, @RequestBody DecisionBody body) {
        return view(applications.decide(applicationId(id), body.decision(), body.grounds(), body.reason(), body.version()));
    }

    @PostMapping("/{id}/refusal-review")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "A supervisor approves a proposed refusal (approve=true) or sends it back (false)")
    ApplicationView refusalReview(@PathVariable String id, @RequestBody RefusalReviewBody body) {
        return view(applications.reviewRefusal(applicationId(id), body.approve(), body.note(), body.version()));
    }

    @PostMapping("/{id}/screening")
    @Operation(summary = "Screen the application against the alert list again",
            description = "After a failed screening, or when the list has changed. An alert already shown on the "
                    + "application is not shown twice. Returns the application with its alertScreening.")
    ApplicationView screenAgain(@PathVariable String id) {
        VisaApplicationId applicationId = applicationId(id);
        screening.screenAgain(applicationId);
        return view(applications.get(applicationId));
    }

    @PostMapping("/{id}/alert-hits/{hitId}/disposition")
    @Operation(summary = "Record the visa officer's disposition of an alert hit on the application",
            description = "Body: {\"disposition\":\"CONFIRMED|FALSE_POSITIVE|INCONCLUSIVE\",\"note\":\"what was found\"}. "
                    + "Recorded by the alert module too (a confirmed hit notifies the owning agency). A STRONG person hit "
                    + "or a document hit must be CONFIRMED or FALSE_POSITIVE before the application is approved or issued.")
    ApplicationView dispose(@PathVariable String id, @PathVariable String hitId, @RequestBody DispositionBody body) {
        VisaApplicationId applicationId = applicationId(id);
        UUID hit;
        try {
            hit = UUID.fromString(hitId);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("alert hit", hitId);
        }
        screening.dispose(applicationId, hit, body == null ? null : body.disposition(), body == null ? null : body.note());
        return view(applications.get(applicationId));
    }

    @PutMapping("/{id}/fee")
    @Operation(summary = "Record the fee status: UNPAID, PAID (optionally amount \"USD 50\" and receipt), WAIVED",
            description = "Every recording is kept (feeRecords) with officer and time. A visa whose type has a fee is not "
                    + "issued while the fee is UNPAID.")
    ApplicationView fee(@PathVariable String id, @RequestBody FeeBody body) {
        return view(applications.recordFee(applicationId(id), body.feeStatus(), body.amount(), body.receipt(), body.note(),
                body.version()));
    }

    @PostMapping("/{id}/issue")
    @Operation(summary = "Issue the visa of an approved application",
            description = "Optional terms: validFrom, validUntil, entries (omit for the type's), permittedStayDays, "
                    + "conditions, format (MRV-A default, MRV-B).")
    ResponseEntity<VisaView> issue(@PathVariable String id, @RequestBody(required = false) IssueBody body) {
        IssueBody b = body == null ? new IssueBody(null, null, null, null, null, null, null) : body;
        IssuedVisa visa = applications.issue(applicationId(id), new VisaApplications.IssueRequest(b.validFrom(), b.validUntil(),
                b.entries(), b.permittedStayDays(), b.conditions(), b.format()), b.version());
        return ResponseEntity.created(URI.create("/api/v1/visas/" + visa.number()))
                .body(VisaView.of(visa, LocalDate.now(clock)));
    }

    @PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a supporting document (PDF, JPEG or PNG, checked by content; size-limited)")
    ResponseEntity<DocumentView> upload(@PathVariable String id, @RequestPart("file") MultipartFile file,
                                        @RequestParam(required = false) String description) throws IOException {
        var info = applications.upload(applicationId(id), new VisaApplications.Upload(file.getOriginalFilename(),
                file.getContentType(), file.getSize(), file.getBytes(), description));
        return ResponseEntity.created(URI.create("/api/v1/visa-applications/" + id + "/documents/" + info.id()))
                .body(DocumentView.of(info));
    }

    @GetMapping("/{id}/documents/{documentId}")
    @Operation(summary = "Download a supporting document")
    ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String documentId) {
        UUID docId;
        try {
            docId = UUID.fromString(documentId);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("supporting document", documentId);
        }
        var document = applications.document(applicationId(id), docId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.info().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.info().fileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(document.content());
    }

    @GetMapping("/{id}/refusal-notice")
    @Operation(summary = "The refusal notice (PDF) of a refused application")
    ResponseEntity<byte[]> notice(@PathVariable String id) {
        VisaApplicationId applicationId = applicationId(id);
        byte[] pdf = applications.refusalNotice(applicationId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("refusal-notice-" + id + ".pdf").build().toString())
                .body(pdf);
    }

    static VisaApplicationId applicationId(String raw) {
        try {
            return VisaApplicationId.of(raw);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("visa application", raw);
        }
    }

    private ApplicationView view(VisaApplication a) {
        return ApplicationView.of(a, applications.documents(a.id()).stream().map(DocumentView::of).toList(),
                AlertScreeningView.of(screening.clearance(a.id())),
                applications.feeRecords(a.id()).stream().map(VisaViews.FeeRecordView::of).toList());
    }

    private static String upper(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
    }
}

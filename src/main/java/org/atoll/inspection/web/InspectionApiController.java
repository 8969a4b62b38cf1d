package org.atoll.inspection.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.atoll.InvalidRequestException;
import org.atoll.RecordNotFoundException;
import org.atoll.inspection.internal.InspectionService;
import org.atoll.inspection.internal.InspectionViews.InspectionSummary;
import org.atoll.inspection.internal.InspectionViews.InspectionView;
import org.atoll.inspection.internal.InspectionViews.InterviewView;
import org.atoll.inspection.internal.InterviewService;
import org.atoll.inspection.internal.RefusalNotices;
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
import org.springframework.web.bind.annotation.RestController;

/** The booth and secondary inspection as a script or a desk client calls them. */
@RestController
@RequestMapping("/api/v1/inspections")
@PreAuthorize("hasAnyRole('PRIMARY_OFFICER', 'SECONDARY_OFFICER', 'SUPERVISOR')")
@Tag(name = "Inspections", description = "Primary-line booth, decisions, secondary inspection, interviews and refusal notices")
class InspectionApiController {

    private final InspectionService inspections;
    private final InterviewService interviews;
    private final RefusalNotices notices;

    InspectionApiController(InspectionService inspections, InterviewService interviews, RefusalNotices notices) {
        this.inspections = inspections;
        this.interviews = interviews;
        this.notices = notices;
    }

    record InspectionRequest(String port, String booth, String direction, String mrz, String purpose, Integer intendedStayDays,
                             String mode, String role, List<String> declaredStatuses) {
    }

    record DecisionRequest(String outcome, LocalDate permittedUntil, String overrideReason, Boolean entryFormChecked,
                           Boolean feeChecked) {
    }

    record SecondaryDecisionRequest(String outcome, LocalDate permittedUntil, List<String> conditions, List<String> grounds,
                                    String reason, String carrier, String flightOrVessel, String handedOverTo) {
    }

    record RefusalReviewRequest(Boolean approved, String note) {
    }

    record InterviewStartRequest(String language, String interpreter) {
    }

    record InterviewNotesRequest(Map<String, String> answers, String language, String interpreter, String documentsExamined,
                                 Long version) {
    }

    record AddendumRequest(String text) {
    }

    record DispositionRequest(String disposition, String note) {
    }

    @PostMapping
    @Operation(summary = "Inspect a traveller at the booth: read the MRZ, screen, check eligibility, visa, manifest and movements, and propose",
            description = "422 names what is wrong with an unreadable MRZ (field mrz or mrz.<field>). The proposal is ADMIT or REFER, never REFUSE.")
    ResponseEntity<InspectionView> inspect(@RequestBody InspectionRequest body) {
        InspectionView view = inspections.inspect(new InspectionService.BoothRequest(body.port(), body.booth(), body.direction(),
                body.mrz(), body.purpose(), body.intendedStayDays(), body.mode(), body.role(), false, body.declaredStatuses()));
        return ResponseEntity.created(URI.create("/api/v1/inspections/" + view.inspectionId())).body(view);
    }

    @GetMapping("/{id}")
    @Operation(summary = "An inspection with what the booth saw, the proposal and the decisions")
    InspectionView get(@PathVariable String id) {
        return inspections.get(uuid(id));
    }

    @PostMapping("/{id}/decision")
    @Operation(summary = "The booth officer's decision: ADMIT or REFER; overriding the proposal needs overrideReason",
            description = "Repeating the same decision returns it and records one movement; a different decision on a decided inspection is 409.")
    InspectionView decide(@PathVariable String id, @RequestBody DecisionRequest body) {
        return inspections.decide(uuid(id), new InspectionService.PrimaryDecision(body.outcome(), body.permittedUntil(),
                body.overrideReason(), body.entryFormChecked(), body.feeChecked()));
    }

    @GetMapping("/referrals")
    @PreAuthorize("hasAnyRole('SECONDARY_OFFICER', 'SUPERVISOR')")
    @Operation(summary = "The referral queue of a port (or every port), oldest first")
    List<InspectionSummary> referrals(@RequestParam(required = false) String port) {
        try {
            return inspections.referralQueue(port);
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.field("port", e.getMessage());
        }
    }

    @GetMapping("/overrides")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "The supervisors' override report: booth decisions against the proposal, with the officer's reason")
    List<InspectionSummary> overrides(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                                      @RequestParam(required = false) String port) {
        try {
            return inspections.overrides(from, to, port);
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.field("port", e.getMessage());
        }
    }

    @PostMapping("/{id}/secondary-decision")
    @PreAuthorize("hasAnyRole('SECONDARY_OFFICER', 'SUPERVISOR')")
    @Operation(summary = "Decide a referral: ADMIT (possibly shorter, with conditions), ADMIT_TRANSIT (until the onward flightOrVessel), "
            + "REFUSE (grounds in force, reason, carrier), WITHDRAWN (reason) or HANDED_OVER (handedOverTo, reason)")
    InspectionView decideSecondary(@PathVariable String id, @RequestBody SecondaryDecisionRequest body) {
        return inspections.decideSecondary(uuid(id), new InspectionService.SecondaryDecision(body.outcome(), body.permittedUntil(),
                body.conditions(), body.grounds(), body.reason(), body.carrier(), body.flightOrVessel(),
                body.handedOverTo()));
    }

    @PostMapping("/{id}/refusal-review")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "A supervisor approves a refusal (it takes effect) or sends it back with a note")
    InspectionView reviewRefusal(@PathVariable String id, @RequestBody RefusalReviewRequest body) {
        if (body.approved() == null) {
            throw InvalidRequestException.field("approved", "Required: true to approve, false to send back");
        }
        return inspections.reviewRefusal(uuid(id), body.approved(), body.note());
    }

    @PostMapping("/{id}/hits/{hitId}/disposition")
    @PreAuthorize("hasAnyRole('SECONDARY_OFFICER', 'SUPERVISOR')")
    @Operation(summary = "Record the disposition of an alert hit (through the alert module): CONFIRMED, FALSE_POSITIVE or INCONCLUSIVE")
    InspectionView dispose(@PathVariable String id, @PathVariable String hitId, @RequestBody DispositionRequest body) {
        return inspections.disposeHit(uuid(id), uuid(hitId), body.disposition(), body.note());
    }

    @GetMapping("/{id}/interview")
    @PreAuthorize("hasAnyRole('SECONDARY_OFFICER', 'SUPERVISOR')")
    @Operation(summary = "The structured interview of a referral")
    InterviewView interview(@PathVariable String id) {
        return interviews.find(uuid(id)).orElseThrow(() -> new RecordNotFoundException("interview", id));
    }

    @PostMapping("/{id}/interview")
    @PreAuthorize("hasAnyRole('SECONDARY_OFFICER', 'SUPERVISOR')")
    @Operation(summary = "Start the interview with the questions for the referral's reasons")
    ResponseEntity<InterviewView> startInterview(@PathVariable String id, @RequestBody InterviewStartRequest body) {
        InterviewView view = interviews.start(uuid(id), body.language(), body.interpreter());
        return ResponseEntity.created(URI.create("/api/v1/inspections/" + id + "/interview")).body(view);
    }

    @PutMapping("/{id}/interview")
    @PreAuthorize("hasAnyRole('SECONDARY_OFFICER', 'SUPERVISOR')")
    @Operation(summary = "Record answers (by question code), language, interpreter and documents examined; 409 once closed")
    InterviewView recordInterview(@PathVariable String id, @RequestBody InterviewNotesRequest body) {
        return interviews.record(uuid(id), notes(body), false);
    }

    @PostMapping("/{id}/interview/close")
    @PreAuthorize("hasAnyRole('SECONDARY_OFFICER', 'SUPERVISOR')")
    @Operation(summary = "Close the interview (optionally with last notes); its record never changes afterwards")
    InterviewView closeInterview(@PathVariable String id, @RequestBody(required = false) InterviewNotesRequest body) {
        return interviews.record(uuid(id), notes(body == null ? new InterviewNotesRequest(null, null, null, null, null) : body), true);
    }

    @PostMapping("/{id}/interview/addenda")
    @PreAuthorize("hasAnyRole('SECONDARY_OFFICER', 'SUPERVISOR')")
    @Operation(summary = "Add a dated addendum to a closed interview")
    ResponseEntity<InterviewView> addendum(@PathVariable String id, @RequestBody AddendumRequest body) {
        return ResponseEntity.status(201).body(interviews.addAddendum(uuid(id), body.text()));
    }

    @GetMapping("/{id}/notice")
    @PreAuthorize("hasAnyRole('SECONDARY_OFFICER', 'SUPERVISOR')")
    @Operation(summary = "The refusal notice (PDF) for the traveller; 409 unless the refusal has taken effect")
    ResponseEntity<byte[]> notice(@PathVariable String id) {
        UUID uuid = uuid(id);
        byte[] pdf = notices.notice(uuid);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("refusal-notice-" + RefusalNotices.reference(uuid) + ".pdf").build().toString())
                .body(pdf);
    }

    private static InterviewService.InterviewNotes notes(InterviewNotesRequest body) {
        return new InterviewService.InterviewNotes(body.answers(), body.language(), body.interpreter(), body.documentsExamined(),
                body.version());
    }

    static UUID uuid(String raw) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("inspection", raw);
        }
    }
}

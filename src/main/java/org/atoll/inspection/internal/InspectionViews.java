package org.atoll.inspection.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The inspection as the API and the pages show it; what the booth saw is kept as it was shown. */
public final class InspectionViews {

    private InspectionViews() {
    }

    /** What the booth saw and proposed, stored with the inspection. */
    public record BoothContext(DocumentView document, List<HitView> alertHits, EligibilityView eligibility, VisaView visa,
                               ManifestView manifest, List<MovementView> previousMovements, StayView openStay,
                               ProposalView proposal) {
    }

    public record DocumentView(String format, String documentCode, String issuingState, String documentNumber, String surname,
                               String givenNames, String nationality, String dateOfBirth, String sex, LocalDate dateOfExpiry,
                               boolean valid, boolean codesKnown, String expiryStatus, List<String> problems,
                               boolean enteredByHand) {
    }

    public record HitView(UUID hitId, String kind, String band, Double score, String actionOnHit, String contact,
                          String explanation, String category, String owningAgency, String documentKey) {
    }

    public record CheckView(String kind, String rule, String status, String reason, String provision) {
    }

    public record EligibilityView(String outcome, String summary, String permitType, LocalDate permittedUntil,
                                  List<CheckView> checks, List<String> legalGrounds, String rules) {
    }

    public record VisaView(String number, String type, LocalDate validUntil, List<String> conditions, String unusable) {
    }

    public record ManifestView(String status, List<String> differences, String carrier, String flightOrVessel) {
    }

    public record MovementView(String direction, String port, Instant crossedAt, String documentNumber, String permitType,
                               LocalDate permittedUntil, String decision, int daysOverstayed) {
    }

    public record StayView(LocalDate entered, String permitType, LocalDate permittedUntil) {
    }

    public record ReasonView(String code, String detail, String provision) {
    }

    public record ProposalView(String outcome, String permitType, LocalDate permittedUntil, List<String> conditions,
                               List<ReasonView> reasons, List<String> flags, int daysOverstayed) {
    }

    public record DecisionView(String outcome, String decidedBy, Instant decidedAt, String permitType, LocalDate permittedUntil,
                               List<String> conditions, boolean overridden, String overrideReason, boolean entryFormChecked,
                               boolean feeChecked, UUID movementId, Integer daysOverstayed) {
    }

    public record SecondaryView(String outcome, String officer, Instant decidedAt, List<String> grounds, String reason,
                                String removalCarrier, String removalFlight, String approvedBy, Instant approvedAt,
                                List<DispositionView> hitDispositions, String handedOverTo) {
    }

    public record DispositionView(UUID hitId, String disposition, String note, String officer, Instant recordedAt) {
    }

    public record InspectionView(UUID inspectionId, String status, String port, String booth, String direction, String mode,
                                 String role, String purpose, String officer, Instant createdAt, DocumentView document,
                                 List<HitView> alertHits, EligibilityView eligibility, VisaView visa, ManifestView manifest,
                                 List<MovementView> previousMovements, StayView openStay, ProposalView proposal,
                                 DecisionView decision, SecondaryView secondary, long version) {
    }

    /** A line of the referral queue or the override report. */
    public record InspectionSummary(UUID inspectionId, String status, String port, String booth, String direction,
                                    String name, String nationality, String documentNumber, String proposalOutcome,
                                    List<String> reasons, String officer, Instant createdAt, String decidedOutcome,
                                    String decidedBy, Instant decidedAt, String overrideReason) {
    }

    public record AnswerView(int position, String questionCode, String question, String answer) {
    }

    public record AddendumView(int seq, Instant writtenAt, String officer, String text) {
    }

    public record InterviewView(UUID interviewId, UUID inspectionId, String officer, Instant startedAt, Instant closedAt,
                                String language, String interpreter, String documentsExamined, List<AnswerView> answers,
                                List<AddendumView> addenda, boolean closed, long version) {
    }
}

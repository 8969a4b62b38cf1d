package org.atoll.visa.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.atoll.regulation.Purpose;
import org.atoll.regulation.VisaTypeCode;
import org.atoll.visa.VisaApplicationId;
import org.atoll.visa.VisaNumber;

/**
 * A visa application and its way through the workflow. Every change of status goes through
 * {@link #moveTo}, which refuses a transition {@link ApplicationStatus} does not allow and records
 * who made it and when. A refusal carries its grounds; where the type needs it, a second officer
 * (a supervisor who is not the one who proposed it) makes it final.
 */
public final class VisaApplication {

    /** The interview, when one is scheduled. */
    public record Interview(LocalDateTime at, String place) {
        public Interview {
            Objects.requireNonNull(at, "interview time");
            place = Texts.required(place, "interview place", 200);
        }
    }

    private final VisaApplicationId id;
    private final String reference;
    private final Applicant applicant;
    private final VisaTypeCode visaType;
    private final Purpose purpose;
    private final LocalDate intendedArrival;
    private final LocalDate intendedDeparture;
    private final Sponsor sponsor;
    private final Instant submittedAt;
    private FeeStatus feeStatus;
    private ApplicationStatus status;
    private Interview interview;
    private Grounds refusalGrounds;
    private String decidedBy;
    private Instant decidedAt;
    private String refusalConfirmedBy;
    private VisaNumber visaNumber;
    private final List<StatusChange> history;
    private final long version;

    private VisaApplication(VisaApplicationId id, String reference, Applicant applicant, VisaTypeCode visaType, Purpose purpose,
                            LocalDate intendedArrival, LocalDate intendedDeparture, Sponsor sponsor, Instant submittedAt,
                            FeeStatus feeStatus, ApplicationStatus status, List<StatusChange> history, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.reference = Texts.required(reference, "reference", 40);
        this.applicant = Objects.requireNonNull(applicant, "applicant");
        this.visaType = Objects.requireNonNull(visaType, "visa type");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.intendedArrival = Objects.requireNonNull(intendedArrival, "intended arrival");
        this.intendedDeparture = Objects.requireNonNull(intendedDeparture, "intended departure");
        if (intendedDeparture.isBefore(intendedArrival)) {
            throw new IllegalArgumentException("The intended departure is on or after the intended arrival");
        }
        this.sponsor = sponsor;
        this.submittedAt = Objects.requireNonNull(submittedAt, "submitted at");
        this.feeStatus = Objects.requireNonNull(feeStatus, "fee status");
        this.status = Objects.requireNonNull(status, "status");
        this.history = new ArrayList<>(history);
        this.version = version;
    }

    /** A new application, submitted by an officer (or the online form) at a time. */
    public static VisaApplication submit(VisaApplicationId id, String reference, Applicant applicant, VisaTypeCode visaType,
                                         Purpose purpose, LocalDate intendedArrival, LocalDate intendedDeparture,
                                         Sponsor sponsor, FeeStatus feeStatus, String officer, Instant at) {
        VisaApplication application = new VisaApplication(id, reference, applicant, visaType, purpose, intendedArrival,
                intendedDeparture, sponsor, at, feeStatus, ApplicationStatus.SUBMITTED, List.of(), 0);
        application.history.add(new StatusChange(null, ApplicationStatus.SUBMITTED, officer, at, null));
        return application;
    }

    /** Rebuilds a stored application as it was saved. */
    public static VisaApplication restore(VisaApplicationId id, String reference, Applicant applicant, VisaTypeCode visaType,
                                          Purpose purpose, LocalDate intendedArrival, LocalDate intendedDeparture, Sponsor sponsor,
                                          Instant submittedAt, FeeStatus feeStatus, ApplicationStatus status, Interview interview,
                                          Grounds refusalGrounds, String decidedBy, Instant decidedAt, String refusalConfirmedBy,
                                          VisaNumber visaNumber, List<StatusChange> history, long version) {
        VisaApplication a = new VisaApplication(id, reference, applicant, visaType, purpose, intendedArrival, intendedDeparture,
                sponsor, submittedAt, feeStatus, status, history, version);
        a.interview = interview;
        a.refusalGrounds = refusalGrounds;
        a.decidedBy = decidedBy;
        a.decidedAt = decidedAt;
        a.refusalConfirmedBy = refusalConfirmedBy;
        a.visaNumber = visaNumber;
        return a;
    }

    // --- the workflow ---------------------------------------------------------------------------

    public void startReview(String officer, Instant at) {
        // a proposed refusal goes back to review only through a supervisor (sendBackRefusal)
        refuseFrom(ApplicationStatus.REFUSAL_PROPOSED, ApplicationStatus.UNDER_REVIEW);
        moveTo(ApplicationStatus.UNDER_REVIEW, officer, at, status == ApplicationStatus.INTERVIEW_SCHEDULED ? "after the interview" : null);
    }

    public void scheduleInterview(Interview planned, String officer, Instant at) {
        Objects.requireNonNull(planned, "interview");
        moveTo(ApplicationStatus.INTERVIEW_SCHEDULED, officer, at, planned.at() + " at " + planned.place());
        interview = planned;
    }

    public void withdraw(String officer, Instant at, String reason) {
        moveTo(ApplicationStatus.WITHDRAWN, officer, at, Texts.optional(reason, "reason", 1000));
    }

    public void approve(String officer, Instant at, String note) {
        moveTo(ApplicationStatus.APPROVED, officer, at, Texts.optional(note, "note", 1000));
        decidedBy = officer;
        decidedAt = at;
    }

    /**
     * Refuses on grounds. When the type needs a supervisor's approval the refusal is only
     * proposed; otherwise it is final at once.
     */
    public void refuse(Grounds grounds, boolean needsSupervisorApproval, String officer, Instant at) {
        Objects.requireNonNull(grounds, "grounds");
        ApplicationStatus next = needsSupervisorApproval ? ApplicationStatus.REFUSAL_PROPOSED : ApplicationStatus.REFUSED;
        // a proposed refusal becomes final only through a second officer (confirmRefusal)
        refuseFrom(ApplicationStatus.REFUSAL_PROPOSED, next);
        moveTo(next, officer, at, grounds.reason());
        refusalGrounds = grounds;
        decidedBy = officer;
        decidedAt = at;
    }

    /** A supervisor other than the proposing officer makes a proposed refusal final. */
    public void confirmRefusal(String supervisor, Instant at) {
        requireProposedRefusal(ApplicationStatus.REFUSED);
        requireSecondOfficer(supervisor);
        moveTo(ApplicationStatus.REFUSED, supervisor, at, "refusal approved");
        refusalConfirmedBy = supervisor;
        decidedAt = at;
    }

    /** A supervisor sends a proposed refusal back for review; its grounds are dropped. */
    public void sendBackRefusal(String supervisor, Instant at, String note) {
        requireProposedRefusal(ApplicationStatus.UNDER_REVIEW);
        requireSecondOfficer(supervisor);
        moveTo(ApplicationStatus.UNDER_REVIEW, supervisor, at, Texts.optional(note, "note", 1000));
        refusalGrounds = null;
        decidedBy = null;
        decidedAt = null;
    }

    public void markIssued(VisaNumber number, String officer, Instant at) {
        Objects.requireNonNull(number, "visa number");
        moveTo(ApplicationStatus.ISSUED, officer, at, number.value());
        visaNumber = number;
    }

    public void changeFeeStatus(FeeStatus newStatus) {
        if (status.isFinal()) {
            throw new IllegalStateException("The application is " + status + "; its fee status no longer changes");
        }
        feeStatus = Objects.requireNonNull(newStatus, "fee status");
    }

    private void requireProposedRefusal(ApplicationStatus next) {
        if (status != ApplicationStatus.REFUSAL_PROPOSED) {
            throw new TransitionNotAllowedException(status, next, "only a proposed refusal is approved or sent back");
        }
    }

    private void refuseFrom(ApplicationStatus forbidden, ApplicationStatus next) {
        if (status == forbidden) {
            throw new TransitionNotAllowedException(status, next, "a supervisor decides a proposed refusal");
        }
    }

    private void requireSecondOfficer(String supervisor) {
        if (status == ApplicationStatus.REFUSAL_PROPOSED && supervisor.equals(decidedBy)) {
            throw new FourEyesException("The officer who proposed a refusal cannot also approve or send it back");
        }
    }

    private void moveTo(ApplicationStatus next, String officer, Instant at, String note) {
        Objects.requireNonNull(officer, "officer");
        Objects.requireNonNull(at, "at");
        if (!status.canMoveTo(next)) {
            throw new TransitionNotAllowedException(status, next);
        }
        history.add(new StatusChange(status, next, officer, at, note));
        status = next;
    }

    // --- reading ------------------------------------------------------------------------------

    public VisaApplicationId id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public Applicant applicant() {
        return applicant;
    }

    public VisaTypeCode visaType() {
        return visaType;
    }

    public Purpose purpose() {
        return purpose;
    }

    public LocalDate intendedArrival() {
        return intendedArrival;
    }

    public LocalDate intendedDeparture() {
        return intendedDeparture;
    }

    /** Days of the intended stay, arrival and departure days both counted. */
    public int intendedStayDays() {
        return (int) java.time.temporal.ChronoUnit.DAYS.between(intendedArrival, intendedDeparture) + 1;
    }

    public Optional<Sponsor> sponsor() {
        return Optional.ofNullable(sponsor);
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public FeeStatus feeStatus() {
        return feeStatus;
    }

    public ApplicationStatus status() {
        return status;
    }

    public Optional<Interview> interview() {
        return Optional.ofNullable(interview);
    }

    public Optional<Grounds> refusalGrounds() {
        return Optional.ofNullable(refusalGrounds);
    }

    public Optional<String> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<String> refusalConfirmedBy() {
        return Optional.ofNullable(refusalConfirmedBy);
    }

    public Optional<VisaNumber> visaNumber() {
        return Optional.ofNullable(visaNumber);
    }

    public List<StatusChange> history() {
        return List.copyOf(history);
    }

    /** The version read from storage; saving checks it has not moved. */
    public long version() {
        return version;
    }
}

package org.atoll.visa.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.atoll.regulation.ProvisionReference;
import org.atoll.visa.VisaRecord;
import org.atoll.visa.domain.AlertClearance;
import org.atoll.visa.domain.ApplicationAlertHit;
import org.atoll.visa.domain.IssuedVisa;
import org.atoll.visa.domain.VisaApplication;
import org.atoll.visa.domain.VisaExtension;
import org.atoll.visa.internal.SupportingDocumentRepository.DocumentInfo;

/** The JSON shapes of the visa API. */
final class VisaViews {

    private VisaViews() {
    }

    record PassportView(String number, String issuingState, LocalDate expiry) {
    }

    record ApplicantView(String surname, String givenNames, LocalDate dateOfBirth, String nationality, String sex,
                         PassportView passport) {
    }

    record SponsorView(String kind, String name, String contact) {
    }

    record InterviewView(LocalDateTime at, String place) {
    }

    record DecisionView(String decision, List<String> grounds, String reason, String decidedBy, Instant decidedAt,
                        String refusalApprovedBy) {
    }

    record TransitionView(String from, String to, String officer, Instant at, String note) {
    }

    record DocumentView(String id, String fileName, String mediaType, long sizeBytes, String sha256, String description,
                        String uploadedBy, Instant uploadedAt) {
        static DocumentView of(DocumentInfo d) {
            return new DocumentView(d.id().toString(), d.fileName(), d.mediaType(), d.sizeBytes(), d.sha256(), d.description(),
                    d.uploadedBy(), d.uploadedAt());
        }
    }

    record ApplicationView(String id, String reference, String status, List<String> allowedNext, ApplicantView applicant,
                           String visaType, String purpose, LocalDate intendedArrival, LocalDate intendedDeparture,
                           int intendedStayDays, SponsorView sponsor, String feeStatus, Instant submittedAt,
                           InterviewView interview, DecisionView decision, String visaNumber, List<TransitionView> transitions,
                           List<DocumentView> documents, AlertScreeningView alertScreening, List<FeeRecordView> feeRecords,
                           long version) {

        static ApplicationView of(VisaApplication a, List<DocumentView> documents, AlertScreeningView alertScreening,
                                  List<FeeRecordView> feeRecords) {
            var p = a.applicant().passport();
            DecisionView decision = null;
            if (a.decidedBy().isPresent() || a.refusalGrounds().isPresent()) {
                String outcome = a.refusalGrounds().isPresent()
                        ? (a.status().name().equals("REFUSAL_PROPOSED") ? "REFUSAL_PROPOSED" : "REFUSED") : "APPROVED";
                decision = new DecisionView(outcome,
                        a.refusalGrounds().map(g -> g.provisions().stream().map(ProvisionReference::value).toList()).orElse(List.of()),
                        a.refusalGrounds().map(g -> g.reason()).orElse(null), a.decidedBy().orElse(null),
                        a.decidedAt().orElse(null), a.refusalConfirmedBy().orElse(null));
            }
            return new ApplicationView(a.id().toString(), a.reference(), a.status().name(),
                    a.status().allowedNext().stream().map(Enum::name).toList(),
                    new ApplicantView(a.applicant().name().surname(), a.applicant().name().givenNames(), a.applicant().dateOfBirth(),
                            a.applicant().nationality().value(), String.valueOf(a.applicant().sex().mrzCode()).replace('<', 'X'),
                            new PassportView(p.number().value(), p.issuingState().value(), p.expiry())),
                    a.visaType().value(), a.purpose().name(), a.intendedArrival(), a.intendedDeparture(), a.intendedStayDays(),
                    a.sponsor().map(s -> new SponsorView(s.kind().name(), s.name(), s.contact())).orElse(null),
                    a.feeStatus().name(), a.submittedAt(),
                    a.interview().map(i -> new InterviewView(i.at(), i.place())).orElse(null), decision,
                    a.visaNumber().map(Object::toString).orElse(null),
                    a.history().stream().map(c -> new TransitionView(c.from() == null ? null : c.from().name(), c.to().name(),
                            c.officer(), c.at(), c.note())).toList(),
                    documents, alertScreening, feeRecords, a.version());
        }
    }

    record FeeRecordView(String feeStatus, String amount, String receipt, String note, String recordedBy, Instant recordedAt) {
        static FeeRecordView of(org.atoll.visa.domain.FeeRecord r) {
            return new FeeRecordView(r.status().name(), r.amount().map(m -> m.currency().getCurrencyCode() + " " + m.amount().toPlainString())
                    .orElse(null), r.receipt().orElse(null), r.note().orElse(null), r.recordedBy(), r.recordedAt());
        }
    }

    /**
     * The alert screening of an application: when and by whom, whether it failed, the hits with
     * their dispositions, and whether a visa may be approved or issued ({@code clear}, or the
     * {@code obstacles} to settle first).
     */
    record AlertScreeningView(boolean screened, Instant screenedAt, String screenedBy, String failure, boolean clear,
                              List<String> obstacles, List<AlertHitView> hits) {
        static AlertScreeningView of(AlertClearance c) {
            return new AlertScreeningView(c.screened(), c.screening().map(AlertClearance.Screening::at).orElse(null),
                    c.screening().map(AlertClearance.Screening::by).orElse(null),
                    c.screening().flatMap(AlertClearance.Screening::failure).orElse(null), c.clear(), c.obstacles(),
                    c.hits().stream().map(AlertHitView::of).toList());
        }
    }

    record AlertHitView(String hitId, String kind, String band, Double score, String actionOnHit, String contact,
                        boolean fullView, String summary, Instant screenedAt, boolean blocksIssue, String disposition,
                        String dispositionNote, String disposedBy, Instant disposedAt) {
        static AlertHitView of(ApplicationAlertHit h) {
            var d = h.disposed();
            return new AlertHitView(h.hitId().toString(), h.kind().name(), h.band(), h.score(), h.actionOnHit(), h.contact(),
                    h.fullView(), h.summary(), h.screenedAt(), h.blocksIssue(),
                    d.map(x -> x.disposition().name()).orElse(null), d.map(ApplicationAlertHit.Disposed::note).orElse(null),
                    d.map(ApplicationAlertHit.Disposed::officer).orElse(null), d.map(ApplicationAlertHit.Disposed::at).orElse(null));
        }
    }

    record QueueItem(String id, String reference, String status, String surname, String givenNames, String nationality,
                     String visaType, String purpose, LocalDate intendedArrival, Instant submittedAt, String feeStatus,
                     String alertList, int alertHitsToSettle) {
        static QueueItem of(VisaApplication a, AlertClearance clearance) {
            return new QueueItem(a.id().toString(), a.reference(), a.status().name(), a.applicant().name().surname(),
                    a.applicant().name().givenNames(), a.applicant().nationality().value(), a.visaType().value(),
                    a.purpose().name(), a.intendedArrival(), a.submittedAt(), a.feeStatus().name(),
                    alertState(clearance), clearance.blocking().size());
        }
    }

    /** {@code CLEAR}, {@code HITS_TO_SETTLE}, {@code NOT_SCREENED} or {@code SCREENING_FAILED}. */
    static String alertState(AlertClearance c) {
        if (c.screening().isEmpty()) {
            return "NOT_SCREENED";
        }
        if (c.screening().get().failure().isPresent()) {
            return "SCREENING_FAILED";
        }
        return c.blocking().isEmpty() ? "CLEAR" : "HITS_TO_SETTLE";
    }

    /** For the queue page. */
    record QueueRow(VisaApplication a, String alertState, int toSettle) {
    }

    record ExtensionView(String id, int days, String reason, String status, String requestedBy, Instant requestedAt,
                         String decidedBy, Instant decidedAt, String decisionNote) {
        static ExtensionView of(VisaExtension e) {
            return new ExtensionView(e.id().toString(), e.days(), e.reason(), e.status().name(), e.requestedBy(), e.requestedAt(),
                    e.decidedBy().orElse(null), e.decidedAt().orElse(null), e.decisionNote().orElse(null));
        }
    }

    record RevocationView(LocalDate on, List<String> grounds, String reason, String revokedBy) {
    }

    record VisaView(String number, String type, String status, String surname, String givenNames, LocalDate dateOfBirth,
                    String sex, String nationality, String passportNumber, LocalDate validFrom, LocalDate validUntil,
                    Integer entriesAllowed, int entriesUsed, int permittedStayDays, List<String> conditions, List<String> mrz,
                    String applicationId, String issuedBy, Instant issuedAt, RevocationView revocation,
                    List<ExtensionView> extensions, long version) {

        static VisaView of(IssuedVisa v, LocalDate today) {
            VisaRecord r = v.toRecord();
            String status = r.revoked() ? "REVOKED" : today.isAfter(r.validUntil()) ? "EXPIRED" : "VALID";
            return new VisaView(r.number().value(), r.type().value(), status, r.holder().surname(), r.holder().givenNames(),
                    r.dateOfBirth(), String.valueOf(r.sex().mrzCode()).replace('<', 'X'), r.nationality().value(),
                    r.passportNumber().value(), r.validFrom(), r.validUntil(), r.entriesAllowed().orElse(null), r.entriesUsed(),
                    r.permittedStayDays(), r.conditions(), r.mrz(), v.applicationId().toString(), v.issuedBy(), v.issuedAt(),
                    v.revocation().map(x -> new RevocationView(x.on(), x.grounds().provisions().stream()
                            .map(ProvisionReference::value).toList(), x.grounds().reason(), x.officer())).orElse(null),
                    v.extensions().stream().map(ExtensionView::of).toList(), v.version());
        }
    }

    /** What the border needs: the visa and whether it can be used today, and why not. */
    record LookupView(String number, String type, String status, String surname, String givenNames, String nationality,
                      String passportNumber, LocalDate validFrom, LocalDate validUntil, Integer entriesAllowed, int entriesUsed,
                      int permittedStayDays, List<String> conditions, boolean usableToday, String unusableReason) {
        static LookupView of(VisaRecord r, LocalDate today) {
            String status = r.revoked() ? "REVOKED" : today.isAfter(r.validUntil()) ? "EXPIRED" : "VALID";
            return new LookupView(r.number().value(), r.type().value(), status, r.holder().surname(), r.holder().givenNames(),
                    r.nationality().value(), r.passportNumber().value(), r.validFrom(), r.validUntil(),
                    r.entriesAllowed().orElse(null), r.entriesUsed(), r.permittedStayDays(), r.conditions(),
                    r.usableOn(today), r.unusableOn(today).orElse(null));
        }
    }
}

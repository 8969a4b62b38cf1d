package org.atoll.incident.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.atoll.InvalidRequestException;
import org.atoll.RecordNotFoundException;
import org.atoll.access.AgencyCode;
import org.atoll.access.OfficerIdentity;
import org.atoll.audit.AuditEvent;
import org.atoll.audit.AuditTrail;
import org.atoll.incident.IntelligenceReportId;
import org.atoll.incident.domain.DisseminationPolicy;
import org.atoll.incident.domain.Grading;
import org.atoll.incident.domain.GradingScheme;
import org.atoll.incident.domain.HandlingConditions;
import org.atoll.incident.domain.IntelligenceReport;
import org.atoll.incident.domain.Recipient;
import org.atoll.incident.domain.RecordLink;
import org.atoll.incident.domain.Sensitivity;
import org.atoll.incident.internal.IncidentRepository.Dissemination;
import org.atoll.incident.internal.IncidentRepository.Read;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intelligence reports and their dissemination. Outside a report's circle the report does not exist:
 * reads answer 404 and lists and searches leave it out. Every read and every dissemination is recorded
 * for the originator and in the audit trail.
 */
@Service
public class IntelligenceService {

    public record NewReport(LocalDate reportDate, String subject, String content, String sourceReliability,
                            String informationCredibility, String handlingCode, Set<String> permittedAgencies,
                            boolean mayBePassedOn, String sanitisedSummary, Sensitivity sensitivity,
                            List<RecordLink> links) {
    }

    /** What an officer sees of a report: disseminations and reads only when they are its originator. */
    public record ReportView(IntelligenceReport report, boolean originator, List<Dissemination> disseminations,
                             List<Read> reads) {
    }

    /** The handling conditions forbid a dissemination; answered with 403 and the reason. */
    public static class DisseminationRefused extends RuntimeException {
        public DisseminationRefused(String reason) {
            super(reason);
        }
    }

    private final IncidentRepository repository;
    private final AuditTrail audit;
    private final Clock clock;
    private final GradingScheme scheme;
    private final LinkTargets linkTargets;
    private final IncidentMailer mailer;
    private final DisseminationPolicy policy = new DisseminationPolicy();

    IntelligenceService(IncidentRepository repository, AuditTrail audit, Clock clock,
                        @Value("${atoll.intelligence.grading-scheme:ADMIRALTY}") GradingScheme scheme,
                        LinkTargets linkTargets, IncidentMailer mailer) {
        this.linkTargets = linkTargets;
        this.mailer = mailer;
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
        this.scheme = scheme;
    }

    public GradingScheme scheme() {
        return scheme;
    }

    @Transactional
    public IntelligenceReport create(OfficerIdentity officer, NewReport n) {
        List<InvalidRequestException.FieldProblem> problems = new ArrayList<>();
        Grading grading = null;
        try {
            grading = new Grading(scheme, n.sourceReliability(), n.informationCredibility(), n.handlingCode());
        } catch (Grading.InvalidGradingException e) {
            problems.add(new InvalidRequestException.FieldProblem(e.field(), e.getMessage()));
        }
        if (n.subject() == null || n.subject().isBlank() || n.subject().length() > 500) {
            problems.add(new InvalidRequestException.FieldProblem("subject", "A subject of 1 to 500 characters"));
        }
        if (n.content() == null || n.content().isBlank() || n.content().length() > 20000) {
            problems.add(new InvalidRequestException.FieldProblem("content", "Content of 1 to 20000 characters"));
        }
        if (n.sensitivity() == null) {
            problems.add(new InvalidRequestException.FieldProblem("sensitivity", "Choose a sensitivity"));
        }
        Set<AgencyCode> permitted = new LinkedHashSet<>();
        for (String a : n.permittedAgencies() == null ? Set.<String>of() : n.permittedAgencies()) {
            try {
                permitted.add(AgencyCode.of(a));
            } catch (IllegalArgumentException e) {
                problems.add(new InvalidRequestException.FieldProblem("permittedAgencies", e.getMessage()));
            }
        }
        for (RecordLink link : n.links() == null ? List.<RecordLink>of() : n.links()) {
            if (link.kind() == org.atoll.incident.domain.LinkKind.INCIDENT && !incidentVisible(officer, link.targetId())) {
                problems.add(new InvalidRequestException.FieldProblem("links.targetId", "No incident " + link.targetId() + " to link to"));
            } else if (!linkTargets.mayLink(officer, link.kind())) {
                problems.add(new InvalidRequestException.FieldProblem("links.targetId", LinkTargets.refusal(link.kind())));
            } else if (link.kind() != org.atoll.incident.domain.LinkKind.INCIDENT && !linkTargets.exists(officer, link)) {
                problems.add(new InvalidRequestException.FieldProblem("links.targetId", "No "
                        + link.kind().name().toLowerCase().replace('_', ' ') + " " + link.targetId() + " to link to"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems.get(0).message(), problems);
        }
        Instant now = clock.instant();
        IntelligenceReport report = new IntelligenceReport(IntelligenceReportId.random(), officer.username(),
                officer.agency(), n.reportDate() == null ? LocalDate.now(clock) : n.reportDate(), n.subject().trim(),
                n.content().trim(), grading, new HandlingConditions(permitted, n.mayBePassedOn(), n.sanitisedSummary()),
                n.sensitivity(), n.links(), now, 0);
        repository.insert(report);
        audit.record(AuditEvent.succeeded("INTELLIGENCE_CREATED", "intelligence", report.id().toString())
                .withDetails("grading=" + grading.code() + " sensitivity=" + report.sensitivity()));
        return report;
    }

    @Transactional
    public ReportView read(OfficerIdentity officer, IntelligenceReportId id) {
        IntelligenceReport report = inCircle(officer, id, "INTELLIGENCE_READ");
        repository.recordRead(id, officer.username(), officer.agency(), clock.instant());
        audit.record(AuditEvent.succeeded("INTELLIGENCE_READ", "intelligence", id.toString()));
        boolean originator = report.originator().equals(officer.username());
        return new ReportView(report, originator, originator ? repository.disseminations(id) : List.of(),
                originator ? repository.reads(id) : List.of());
    }

    @Transactional
    public List<IntelligenceReport> inbox(OfficerIdentity officer, String text) {
        List<IntelligenceReport> found = repository.reportsInCircle(officer.username(), officer.agency(),
                text == null || text.isBlank() ? null : text);
        audit.record(AuditEvent.succeeded("INTELLIGENCE_LISTED", "intelligence", null)
                .withDetails("q=" + text + " results=" + found.size()));
        return found;
    }

    @Transactional
    public List<Recipient> disseminate(OfficerIdentity officer, IntelligenceReportId id, List<Recipient> to) {
        IntelligenceReport report = inCircle(officer, id, "INTELLIGENCE_DISSEMINATED");
        if (to == null || to.isEmpty()) {
            throw InvalidRequestException.field("recipients", "Name at least one agency or officer");
        }
        List<Recipient> recipients = repository.disseminations(id).stream().map(Dissemination::recipient).toList();
        for (Recipient r : to) {
            DisseminationPolicy.Outcome outcome = policy.mayDisseminate(officer, report, recipients, r);
            if (!outcome.allowed()) {
                audit.record(AuditEvent.denied("INTELLIGENCE_DISSEMINATED", "intelligence", id.toString())
                        .withDetails(describe(r) + ": " + outcome.reason()));
                throw new DisseminationRefused(outcome.reason());
            }
        }
        Instant now = clock.instant();
        for (Recipient r : to) {
            repository.disseminate(id, r, officer.username(), now);
            audit.record(AuditEvent.succeeded("INTELLIGENCE_DISSEMINATED", "intelligence", id.toString())
                    .withDetails("to " + describe(r)));
            repository.notifyReport(r.agency(), r.officer(), id, sharedNotice(report, officer), now);
            mailer.sendReport(r.agency(), r.officer(), id);
        }
        return to;
    }

    /**
     * What a recipient's notification says: who shared it and, when the handling conditions give one,
     * the sanitised summary (released for wider reading by the originator); never the subject or content.
     */
    static String sharedNotice(IntelligenceReport report, OfficerIdentity by) {
        String summary = report.handling().sanitisedSummary();
        String text = "Intelligence report shared with you by " + by.agency().value() + (summary == null ? "" : ": " + summary);
        return text.length() > 1000 ? text.substring(0, 997) + "..." : text;
    }

    private boolean incidentVisible(OfficerIdentity officer, String id) {
        try {
            return repository.find(new org.atoll.incident.IncidentId(java.util.UUID.fromString(id)))
                    .filter(i -> new org.atoll.incident.domain.IncidentVisibility().canSee(officer, i)).isPresent();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String describe(Recipient r) {
        return r.officer() == null ? r.agency().value() : r.officer() + " (" + r.agency() + ")";
    }

    private IntelligenceReport inCircle(OfficerIdentity officer, IntelligenceReportId id, String action) {
        IntelligenceReport report = repository.findReport(id)
                .orElseThrow(() -> new RecordNotFoundException("intelligence report", id.toString()));
        if (!policy.inCircle(officer, report, repository.disseminations(id).stream().map(Dissemination::recipient).toList())) {
            audit.record(AuditEvent.denied(action, "intelligence", id.toString()));
            throw new RecordNotFoundException("intelligence report", id.toString());
        }
        return report;
    }
}

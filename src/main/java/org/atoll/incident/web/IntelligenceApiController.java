package org.atoll.incident.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.atoll.InvalidRequestException;
import org.atoll.RecordNotFoundException;
import org.atoll.access.AgencyCode;
import org.atoll.access.CurrentOfficer;
import org.atoll.incident.IntelligenceReportId;
import org.atoll.incident.domain.IntelligenceReport;
import org.atoll.incident.domain.Recipient;
import org.atoll.incident.domain.RecordLink;
import org.atoll.incident.domain.Sensitivity;
import org.atoll.incident.internal.IncidentRepository;
import org.atoll.incident.internal.IntelligenceService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Intelligence reports over HTTP. Outside a report's circle it does not exist: 404, and absent from lists. */
@RestController
@PreAuthorize("hasRole('OFFICER')")
@RequestMapping(path = "/api/v1/intelligence", produces = MediaType.APPLICATION_JSON_VALUE)
public class IntelligenceApiController {

    public record ReportRequest(LocalDate reportDate, String subject, String content, String sourceReliability,
                                String informationCredibility, String handlingCode, Set<String> permittedAgencies,
                                Boolean mayBePassedOn, String sanitisedSummary, Sensitivity sensitivity,
                                List<IncidentApiController.LinkRequest> links) {
    }

    public record RecipientRequest(String agency, String officer) {
    }

    public record DisseminationRequest(List<RecipientRequest> recipients) {
    }

    public record ReportSummary(UUID id, String originator, String originatorAgency, LocalDate reportDate,
                                String subject, String grading, String sensitivity) {
        static ReportSummary of(IntelligenceReport r) {
            return new ReportSummary(r.id().value(), r.originator(), r.originatorAgency().value(), r.reportDate(),
                    r.subject(), r.grading().code(), r.sensitivity().name());
        }
    }

    public record HandlingResponse(List<String> permittedAgencies, boolean mayBePassedOn, String sanitisedSummary) {
    }

    public record RecipientResponse(String agency, String officer) {
    }

    public record DisseminationResponse(RecipientResponse recipient, String by, Instant at) {
    }

    public record ReportResponse(UUID id, String originator, String originatorAgency, LocalDate reportDate,
                                 String subject, String content, String gradingScheme, String sourceReliability,
                                 String informationCredibility, String handlingCode, String grading,
                                 HandlingResponse handling, String sensitivity,
                                 List<IncidentApiController.LinkResponse> links, Instant createdAt,
                                 List<DisseminationResponse> disseminations, List<IncidentRepository.Read> reads) {
        static ReportResponse of(IntelligenceService.ReportView v) {
            IntelligenceReport r = v.report();
            return new ReportResponse(r.id().value(), r.originator(), r.originatorAgency().value(), r.reportDate(),
                    r.subject(), r.content(), r.grading().scheme().name(), r.grading().source(),
                    r.grading().information(), r.grading().handling(), r.grading().code(),
                    new HandlingResponse(r.handling().permittedAgencies().stream().map(AgencyCode::value).sorted().toList(),
                            r.handling().mayBePassedOn(), r.handling().sanitisedSummary()),
                    r.sensitivity().name(), r.links().stream().map(IncidentApiController.LinkResponse::of).toList(),
                    r.createdAt(),
                    v.disseminations().stream().map(d -> new DisseminationResponse(
                            new RecipientResponse(d.recipient().agency().value(), d.recipient().officer()), d.by(), d.at()))
                            .toList(),
                    v.reads());
        }
    }

    private final IntelligenceService intelligence;
    private final CurrentOfficer current;

    public IntelligenceApiController(IntelligenceService intelligence, CurrentOfficer current) {
        this.intelligence = intelligence;
        this.current = current;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<ReportResponse> create(@RequestBody ReportRequest r) {
        List<RecordLink> links = new ArrayList<>();
        for (var l : r.links() == null ? List.<IncidentApiController.LinkRequest>of() : r.links()) {
            links.add(l.toLink());
        }
        IntelligenceReport created = intelligence.create(current.require(), new IntelligenceService.NewReport(
                r.reportDate(), r.subject(), r.content(), r.sourceReliability(), r.informationCredibility(),
                r.handlingCode(), r.permittedAgencies(), Boolean.TRUE.equals(r.mayBePassedOn()), r.sanitisedSummary(),
                r.sensitivity(), links));
        return ResponseEntity.created(URI.create("/api/v1/intelligence/" + created.id()))
                .body(ReportResponse.of(new IntelligenceService.ReportView(created, true, List.of(), List.of())));
    }

    @GetMapping
    public List<ReportSummary> inbox(@RequestParam(required = false) String q) {
        return intelligence.inbox(current.require(), q).stream().map(ReportSummary::of).toList();
    }

    @GetMapping("/{id}")
    public ReportResponse read(@PathVariable String id) {
        return ReportResponse.of(intelligence.read(current.require(), reportId(id)));
    }

    @PostMapping(path = "/{id}/disseminations", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<List<RecipientResponse>> disseminate(@PathVariable String id,
                                                               @RequestBody DisseminationRequest request) {
        List<Recipient> to = new ArrayList<>();
        for (RecipientRequest r : request.recipients() == null ? List.<RecipientRequest>of() : request.recipients()) {
            AgencyCode agency;
            try {
                agency = AgencyCode.of(r.agency());
            } catch (IllegalArgumentException e) {
                throw InvalidRequestException.field("recipients.agency", e.getMessage());
            }
            to.add(r.officer() == null || r.officer().isBlank() ? Recipient.agency(agency)
                    : Recipient.officer(r.officer().trim(), agency));
        }
        return ResponseEntity.status(201).body(intelligence.disseminate(current.require(), reportId(id), to).stream()
                .map(x -> new RecipientResponse(x.agency().value(), x.officer())).toList());
    }

    static IntelligenceReportId reportId(String raw) {
        try {
            return new IntelligenceReportId(UUID.fromString(raw));
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("intelligence report", raw);
        }
    }
}

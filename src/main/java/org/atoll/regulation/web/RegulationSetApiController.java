package org.atoll.regulation.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.atoll.InvalidRequestException;
import org.atoll.reference.CountryCode;
import org.atoll.regulation.FeeDue;
import org.atoll.regulation.ImpactChange;
import org.atoll.regulation.RegulationBasis;
import org.atoll.regulation.RegulationSet;
import org.atoll.regulation.RegulationSetId;
import org.atoll.regulation.RegulationSetPublished;
import org.atoll.regulation.ValidationReport;
import org.atoll.regulation.internal.JdbcRegulationSetStore.Stored;
import org.atoll.regulation.internal.JdbcRegulationSetStore.Summary;
import org.atoll.regulation.internal.RegulationSetAdministration;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/**
 * The administrators' API on regulation sets: list, read, draft, edit a draft (PUT of the whole
 * document with the row version read), validate, preview the impact, publish. Validation and
 * publication errors name the rule at fault.
 */
@RestController
@RequestMapping("/api/v1/regulation-sets")
@PreAuthorize("hasRole('ADMINISTRATOR')")
@Tag(name = "Regulation sets", description = "Drafting, validating, previewing and publishing the entry rules (administrators)")
class RegulationSetApiController {

    private final RegulationSetAdministration administration;

    RegulationSetApiController(RegulationSetAdministration administration) {
        this.administration = administration;
    }

    record SetSummary(String id, int version, String status, LocalDate effectiveDate, LocalDate publishedOn, String basedOn,
                      String title, long rowVersion, Instant savedAt, boolean inForce) {
    }

    record SetView(String id, int version, String status, LocalDate effectiveDate, LocalDate publishedOn, String basedOn,
                   String title, String legalInstrument, long rowVersion, @JsonRawValue String document) {
    }

    record NewDraft(LocalDate effectiveDate) {
    }

    record DraftChange(Long rowVersion, JsonNode document) {
    }

    record ValidationView(boolean clean, List<ErrorView> errors) {
        static ValidationView of(ValidationReport report) {
            return new ValidationView(report.isClean(), report.errors().stream()
                    .map(e -> new ErrorView(e.rule(), e.kind().name(), e.message())).toList());
        }
    }

    record ErrorView(String rule, String kind, String message) {
    }

    record PreviewRequest(List<String> otherNationalities, Integer stayDays) {
    }

    record BasisView(String id, int version, String title, LocalDate effectiveDate) {
        static BasisView of(RegulationBasis b) {
            return new BasisView(b.setId().toString(), b.version(), b.title(), b.effectiveDate());
        }
    }

    record AnswerView(String outcome, String permitType, LocalDate permittedUntil, Integer permittedStayDays,
                      List<String> fees, String summary, String problem) {
        static AnswerView of(ImpactChange.Answer a) {
            return new AnswerView(a.outcome().map(Enum::name).orElse(null), a.permitType().map(Object::toString).orElse(null),
                    a.permittedUntil().orElse(null), a.permittedStayDays().orElse(null),
                    a.feesDue().stream().map(FeeDue::name).toList(), a.summary(), a.problem().orElse(null));
        }
    }

    record ChangeView(String label, String nationality, String purpose, boolean outcomeChanged, AnswerView before,
                      AnswerView after) {
    }

    record PreviewView(BasisView inForce, BasisView draft, int casesCompared, int sampleCases, int recordedArrivals,
                       LocalDate arrivalsFrom, LocalDate arrivalsTo, String recordedArrivalsSummary, List<ChangeView> changes) {
    }

    record PublishRequest(Long rowVersion, LocalDate effectiveDate) {
    }

    record PublishedView(String id, int version, LocalDate effectiveDate, LocalDate publishedOn, String supersedes) {
        static PublishedView of(RegulationSetPublished p) {
            return new PublishedView(p.setId().toString(), p.version(), p.effectiveDate(), p.publishedOn(),
                    p.supersedes().map(Object::toString).orElse(null));
        }
    }

    @GetMapping
    @Operation(summary = "List every version, drafts included, newest first")
    List<SetSummary> list() {
        Optional<RegulationSetId> inForce = administration.inForceToday().map(RegulationSet::id);
        return administration.list().stream().map(s -> summary(s, inForce)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a version with its whole document (format atoll.regulation-set/1)")
    ResponseEntity<SetView> get(@PathVariable String id) {
        return view(administration.get(setId(id)));
    }

    @PostMapping
    @Operation(summary = "Create a draft from the latest published version",
            description = "Body: {\"effectiveDate\":\"YYYY-MM-DD\"}; answers 201 with the draft.")
    ResponseEntity<SetView> createDraft(@RequestBody NewDraft body) {
        Stored draft = administration.createDraft(body.effectiveDate());
        return ResponseEntity.created(URI.create("/api/v1/regulation-sets/" + draft.set().id()))
                .eTag(String.valueOf(draft.rowVersion())).body(viewOf(draft));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a draft's content",
            description = "Body: {\"rowVersion\":n, \"document\":{...}} with the row version you read; a stale one gets 409.")
    ResponseEntity<SetView> replace(@PathVariable String id, @RequestBody DraftChange body) {
        if (body.rowVersion() == null) {
            throw InvalidRequestException.field("rowVersion", "Required: the rowVersion you read");
        }
        if (body.document() == null || !body.document().isObject()) {
            throw InvalidRequestException.field("document", "Required: the regulation set document");
        }
        return view(administration.replaceDraft(setId(id), body.document().toString(), body.rowVersion()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a draft")
    ResponseEntity<Void> delete(@PathVariable String id, @RequestParam long rowVersion) {
        administration.deleteDraft(setId(id), rowVersion);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/validate")
    @Operation(summary = "Validate a draft: every error, each naming its rule")
    ValidationView validate(@PathVariable String id) {
        return ValidationView.of(administration.validate(setId(id)));
    }

    @PostMapping("/{id}/preview")
    @Operation(summary = "What the draft would change, against the set in force on its effective date",
            description = "Sample travellers (every nationality either set names plus otherNationalities, times every "
                    + "purpose) and the arrivals recorded in the last 12 months, once the movement module records them.")
    PreviewView preview(@PathVariable String id, @RequestBody(required = false) PreviewRequest body) {
        List<CountryCode> others = body == null || body.otherNationalities() == null
                ? List.of(CountryCode.of("AUS"), CountryCode.of("JPN"), CountryCode.of("PHL"))
                : body.otherNationalities().stream().map(RegulationSetApiController::country).toList();
        int stay = body == null || body.stayDays() == null ? 14 : body.stayDays();
        RegulationSetAdministration.Preview preview = administration.preview(setId(id), others, stay);
        return new PreviewView(BasisView.of(preview.report().inForce()), BasisView.of(preview.report().draft()),
                preview.report().casesCompared(), preview.sampleCases(), preview.recordedArrivals(),
                preview.arrivalsFrom(), preview.arrivalsTo(), preview.recordedArrivalsSummary(),
                preview.report().changes().stream().map(c -> new ChangeView(c.impactCase().label(),
                        c.impactCase().request().nationality().value(),
                        c.impactCase().request().purpose().name(), c.outcomeChanged(),
                        AnswerView.of(c.before()), AnswerView.of(c.after()))).toList());
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Publish a draft; it answers from its effective date",
            description = "Body: {\"rowVersion\":n, \"effectiveDate\":\"YYYY-MM-DD\" (optional)}. A draft that fails "
                    + "validation is refused with 422 listing every error.")
    PublishedView publish(@PathVariable String id, @RequestBody PublishRequest body) {
        if (body.rowVersion() == null) {
            throw InvalidRequestException.field("rowVersion", "Required: the rowVersion you read");
        }
        return PublishedView.of(administration.publish(setId(id), body.rowVersion(), body.effectiveDate()));
    }

    /** Publication refused: 422 with every validation error, each naming its rule. */
    @org.springframework.web.bind.annotation.ExceptionHandler(org.atoll.regulation.RegulationSetInvalidException.class)
    org.springframework.http.ProblemDetail invalid(org.atoll.regulation.RegulationSetInvalidException e) {
        var problem = org.atoll.ApiProblems.problem(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT,
                "invalid-regulation-set", "The draft cannot be published",
                e.report().errors().size() + " validation errors; fix them and publish again");
        problem.setProperty("errors", e.report().errors().stream()
                .map(err -> java.util.Map.of("field", err.rule(), "kind", err.kind().name(), "message", err.message())).toList());
        return problem;
    }

    static RegulationSetId setId(String raw) {
        try {
            return RegulationSetId.of(raw);
        } catch (IllegalArgumentException e) {
            throw new org.atoll.RecordNotFoundException("regulation set", raw);
        }
    }

    private static CountryCode country(String raw) {
        if (raw == null || !CountryCode.isWellFormed(raw.strip().toUpperCase(Locale.ROOT))) {
            throw InvalidRequestException.field("otherNationalities", "Not a nationality code: '" + raw + "'");
        }
        return CountryCode.of(raw);
    }

    private static SetSummary summary(Summary s, Optional<RegulationSetId> inForce) {
        return new SetSummary(s.id().toString(), s.version(), s.status().name(), s.effectiveDate(), s.publishedOn(),
                s.basedOn() == null ? null : s.basedOn().toString(), s.title(), s.rowVersion(), s.savedAt(),
                inForce.map(s.id()::equals).orElse(false));
    }

    private ResponseEntity<SetView> view(Stored stored) {
        return ResponseEntity.ok().eTag(String.valueOf(stored.rowVersion())).body(viewOf(stored));
    }

    private SetView viewOf(Stored stored) {
        RegulationSet s = stored.set();
        return new SetView(s.id().toString(), s.version(), s.status().name(), s.effectiveDate(), s.publishedOn().orElse(null),
                s.basedOn().map(Object::toString).orElse(null), s.title(), s.legalInstrument(), stored.rowVersion(),
                administration.document(s));
    }
}

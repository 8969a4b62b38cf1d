package org.atoll.regulation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.atoll.reference.CountryCode;

/**
 * The module's facade: eligibility under the rules in force on the arrival date, and the
 * administrator's cycle of drafting, validating, previewing and publishing a new version.
 */
public final class Regulations {

    private final RegulationHistory history;
    private final EligibilityEngine engine;
    private final RegulationSetValidator validator;
    private final Clock clock;

    public Regulations(RegulationHistory history, EligibilityEngine engine, RegulationSetValidator validator, Clock clock) {
        this.history = Objects.requireNonNull(history, "history");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Eligibility under the set in force on the arrival date.
     *
     * @throws NoRegulationInForceException when no set was in force on that date
     */
    public EligibilityDecision decide(EligibilityRequest request) {
        RegulationSet set = history.inForceOn(request.arrivalDate())
                .orElseThrow(() -> new NoRegulationInForceException(request.arrivalDate()));
        return engine.decide(set, request);
    }

    public Optional<RegulationSet> inForceOn(LocalDate date) {
        return history.inForceOn(date);
    }

    public Optional<RegulationSet> inForceToday() {
        return history.inForceOn(LocalDate.now(clock));
    }

    public List<RegulationSet> versions() {
        return history.versions();
    }

    public RegulationSet draftNextVersion(LocalDate effectiveDate) {
        return history.draftNextVersion(RegulationSetId.random(), effectiveDate);
    }

    /** Validation of the draft plus the checks publication today would add. */
    public ValidationReport validate(RegulationSet draft) {
        return history.check(draft, LocalDate.now(clock));
    }

    public ValidationReport validateContent(RegulationSet set) {
        return validator.validate(set);
    }

    /** Publishes the draft today; the caller publishes the returned event. */
    public RegulationSetPublished publish(RegulationSet draft) {
        return history.publish(draft, LocalDate.now(clock));
    }

    /** What the draft would change against the set that would otherwise be in force on its effective date. */
    public ImpactReport previewImpact(RegulationSet draft, List<ImpactCase> cases) {
        RegulationSet inForce = history.inForceOn(draft.effectiveDate())
                .orElseThrow(() -> new NoRegulationInForceException(draft.effectiveDate()));
        return new ImpactPreview(engine).compare(inForce, draft, cases);
    }

    /** The preview over sample travellers: every named nationality and the given others, times every purpose. */
    public ImpactReport previewImpact(RegulationSet draft, Collection<CountryCode> otherNationalities, int stayDays) {
        RegulationSet inForce = history.inForceOn(draft.effectiveDate())
                .orElseThrow(() -> new NoRegulationInForceException(draft.effectiveDate()));
        List<ImpactCase> cases = ImpactPreview.sampleCases(inForce, draft, otherNationalities, draft.effectiveDate(), stayDays);
        return new ImpactPreview(engine).compare(inForce, draft, cases);
    }
}

package org.atoll.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atoll.regulation.PalauRules.palau;
import static org.atoll.regulation.Travellers.aTouristFrom;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.atoll.reference.CountryCode;
import org.atoll.reference.KnownCodes;
import org.junit.jupiter.api.Test;

class ImpactPreviewTest {

    private static final LocalDate EFFECTIVE = LocalDate.of(2025, 9, 1);
    private static final List<CountryCode> OTHERS = List.of(CountryCode.of("AUS"), CountryCode.of("JPN"));

    private final RegulationSet inForce = palau();
    private final RegulationSet draft = PalauRules.palauDraft(EFFECTIVE);
    private final ImpactPreview preview = new ImpactPreview(new EligibilityEngine(KnownCodes.ANY));

    private ImpactReport sampleReport() {
        return preview.compare(inForce, draft, ImpactPreview.sampleCases(inForce, draft, OTHERS, EFFECTIVE, 14));
    }

    @Test
    void findsNoChangeInAnUnchangedCopy() {
        ImpactReport report = sampleReport();

        assertThat(report.changesNothing()).isTrue();
        int named = 7 + 3 + 29; // nationalities named alone, COFA members, Schengen members
        assertThat(report.casesCompared()).isEqualTo((named + OTHERS.size()) * Purpose.values().length);
    }

    @Test
    void detectsANationalityMovedFromVisaRequiredToVisaOnArrival() {
        draft.removeRegime(RuleCode.of("R-BGD"));

        ImpactReport report = sampleReport();

        assertThat(report.changesFor(CountryCode.of("BGD"))).hasSize(6).allSatisfy(change -> {
            assertThat(change.before().outcome()).contains(Outcome.VISA_REQUIRED);
            assertThat(change.after().outcome()).contains(Outcome.ELIGIBLE);
            assertThat(change.before().permittedUntil()).isEmpty();
            assertThat(change.after().permittedUntil()).contains(EFFECTIVE.plusDays(29));
            assertThat(change.after().permitType()).contains(VisaTypeCode.of("VOA"));
        });
        assertThat(report.changes()).allSatisfy(c -> assertThat(c.impactCase().request().nationality()).isEqualTo(CountryCode.of("BGD")));
        assertThat(report.draft().version()).isEqualTo(2);
        assertThat(report.inForce().version()).isEqualTo(1);
    }

    @Test
    void reportsAShorterStayBeforeAndAfter() {
        draft.putRegime(NationalityRegime.builder("R-TWN", AppliesTo.nationality(CountryCode.of("TWN")), RegimeKind.VISA_EXEMPT)
                .purposes(EnumSet.of(Purpose.TOURISM, Purpose.BUSINESS, Purpose.TRANSIT, Purpose.FAMILY, Purpose.DIPLOMATIC, Purpose.CREW))
                .permitType("VE").stayDays(60).provision("Executive Order 450, §EXEMPT-90").build());

        ImpactReport report = sampleReport();

        assertThat(report.outcomeChanges()).isEmpty();
        assertThat(report.changesFor(CountryCode.of("TWN"))).hasSize(6).allSatisfy(change -> {
            assertThat(change.before().permittedStayDays()).contains(90);
            assertThat(change.after().permittedStayDays()).contains(60);
        });
    }

    @Test
    void detectsANewFeeForEveryVisitor() {
        EntryRequirement fee = draft.requirement(RuleCode.of("PPEF")).orElseThrow();
        draft.putRequirement(new EntryRequirement(fee.code(), fee.title(),
                new RequirementRule.FeePaid("Pristine Paradise Environmental Fee", Money.usd(150), "in the air ticket"),
                fee.verification(), fee.scope(), fee.ifNotMet(), fee.provision()));

        ImpactReport report = sampleReport();

        assertThat(report.changes()).isNotEmpty().allSatisfy(change -> {
            assertThat(change.before().feesDue()).extracting(FeeDue::amount).containsExactly(Money.usd(100));
            assertThat(change.after().feesDue()).extracting(FeeDue::amount).containsExactly(Money.usd(150));
        });
    }

    @Test
    void findsNoChangeWhenOnlyAProvisionReferenceIsCorrected() {
        Provision old = draft.provision(ProvisionReference.of("Title 13 PNC, §PPEF")).orElseThrow();
        Provision corrected = new Provision(ProvisionReference.of("Title 13 PNC, §1501"), old.title(), old.text());
        EntryRequirement fee = draft.requirement(RuleCode.of("PPEF")).orElseThrow();
        draft.putProvision(corrected);
        draft.putRequirement(new EntryRequirement(fee.code(), fee.title(), fee.rule(), fee.verification(), fee.scope(), fee.ifNotMet(),
                corrected.reference()));
        draft.removeProvision(old.reference());

        assertThat(new RegulationSetValidator().validate(draft).isClean()).isTrue();
        assertThat(sampleReport().changesNothing()).isTrue();
    }

    @Test
    void reportsCasesADraftWithAGapCannotAnswer() {
        draft.removeRegime(RuleCode.of("R-VOA"));

        ImpactReport report = preview.compare(inForce, draft, List.of(new ImpactCase("JPN tourist",
                aTouristFrom("JPN").arrivingOn(EFFECTIVE).build())));

        assertThat(report.changes()).singleElement().satisfies(change -> {
            assertThat(change.before().outcome()).contains(Outcome.ELIGIBLE);
            assertThat(change.after().outcome()).isEmpty();
            assertThat(change.after().problem()).get().asString().contains("no regime for nationality JPN");
        });
    }

    @Test
    void comparesRecordedArrivalsGivenAsCases() {
        draft.removeRegime(RuleCode.of("R-RUS"));
        ImpactCase recorded = new ImpactCase("arrival 2025-05-03 RUS", aTouristFrom("RUS").arrivingOn(LocalDate.of(2025, 5, 3)).build());
        ImpactCase unaffected = new ImpactCase("arrival 2025-05-03 AUS", aTouristFrom("AUS").arrivingOn(LocalDate.of(2025, 5, 3)).build());

        ImpactReport report = preview.compare(inForce, draft, List.of(recorded, unaffected));

        assertThat(report.changes()).singleElement().satisfies(change -> {
            assertThat(change.impactCase()).isEqualTo(recorded);
            assertThat(change.before().permitType()).contains(VisaTypeCode.of("VE"));
            assertThat(change.after().permitType()).contains(VisaTypeCode.of("VOA"));
            assertThat(change.outcomeChanged()).isFalse();
        });
    }
}

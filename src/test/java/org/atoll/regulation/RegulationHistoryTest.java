package org.atoll.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.atoll.regulation.PalauRules.palau;
import static org.atoll.regulation.Travellers.aTouristFrom;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.atoll.reference.CountryCode;
import org.atoll.reference.KnownCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RegulationHistoryTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private static final LocalDate NEXT_MONTH = LocalDate.of(2025, 7, 1);

    private final RegulationSet palau = palau();
    private final RegulationHistory history = RegulationHistory.of(new RegulationSetValidator(), List.of(palau));
    private final EligibilityEngine engine = new EligibilityEngine(KnownCodes.ANY);
    private final Regulations regulations = new Regulations(history, engine, new RegulationSetValidator(),
            Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    /** Russia moves from a 30-day exemption to the visa on arrival, from next month. */
    private RegulationSet russiaOnVisaOnArrivalFromNextMonth() {
        RegulationSet draft = regulations.draftNextVersion(NEXT_MONTH);
        draft.removeRegime(RuleCode.of("R-RUS"));
        return draft;
    }

    @Test
    void appliesAChangePublishedWithAFutureEffectiveDateOnlyFromThatDate() {
        RegulationSet draft = russiaOnVisaOnArrivalFromNextMonth();
        regulations.publish(draft);

        EligibilityDecision before = regulations.decide(aTouristFrom("RUS").arrivingOn(NEXT_MONTH.minusDays(1)).build());
        EligibilityDecision after = regulations.decide(aTouristFrom("RUS").arrivingOn(NEXT_MONTH).build());

        assertThat(before.permitTypeCode()).contains(VisaTypeCode.of("VE"));
        assertThat(before.basis().version()).isEqualTo(1);
        assertThat(after.permitTypeCode()).contains(VisaTypeCode.of("VOA"));
        assertThat(after.basis().version()).isEqualTo(2);
    }

    @Test
    void answersAnyPastDateWithTheRulesInForceThen() {
        regulations.publish(russiaOnVisaOnArrivalFromNextMonth());

        assertThat(history.inForceOn(LocalDate.of(2025, 1, 1))).contains(palau);
        assertThat(history.inForceOn(LocalDate.of(2025, 6, 30))).contains(palau);
        assertThat(history.inForceOn(LocalDate.of(2026, 1, 1)).map(RegulationSet::version)).contains(2);
        assertThat(history.inForceOn(LocalDate.of(2024, 12, 31))).isEmpty();
        assertThatThrownBy(() -> regulations.decide(aTouristFrom("AUS").arrivingOn(LocalDate.of(2024, 12, 31)).build()))
                .isInstanceOf(NoRegulationInForceException.class).hasMessageContaining("2024-12-31");
    }

    @Test
    void publishingSupersedesThePreviousVersionAndAnnouncesIt() {
        RegulationSet draft = russiaOnVisaOnArrivalFromNextMonth();

        RegulationSetPublished event = regulations.publish(draft);

        assertThat(draft.status()).isEqualTo(RegulationSetStatus.PUBLISHED);
        assertThat(draft.publishedOn()).contains(TODAY);
        assertThat(palau.status()).isEqualTo(RegulationSetStatus.SUPERSEDED);
        assertThat(event).isEqualTo(new RegulationSetPublished(draft.id(), 2, NEXT_MONTH, TODAY, Optional.of(palau.id())));
        assertThat(history.versions()).containsExactly(palau, draft);
    }

    @Test
    void draftsANewVersionFromTheCurrentOneWithItsRules() {
        RegulationSet draft = regulations.draftNextVersion(NEXT_MONTH);

        assertThat(draft.status()).isEqualTo(RegulationSetStatus.DRAFT);
        assertThat(draft.version()).isEqualTo(2);
        assertThat(draft.basedOn()).contains(palau.id());
        assertThat(draft.id()).isNotEqualTo(palau.id());
        assertThat(draft.effectiveDate()).isEqualTo(NEXT_MONTH);
        assertThat(draft.regimes()).isEqualTo(palau.regimes());
        assertThat(draft.requirements()).isEqualTo(palau.requirements());

        draft.removeRegime(RuleCode.of("R-RUS"));
        assertThat(palau.regime(RuleCode.of("R-RUS"))).isPresent();
    }

    @Test
    void refusesToDraftFromADraft() {
        RegulationSet draft = regulations.draftNextVersion(NEXT_MONTH);

        assertThatThrownBy(() -> draft.draftNextVersion(RegulationSetId.random(), 3, NEXT_MONTH))
                .isInstanceOf(IllegalStateException.class);
    }

    static List<Consumer<RegulationSet>> modifications() {
        Provision provision = new Provision(ProvisionReference.of("Executive Order 451, §NEW"), "New", "A new rule.");
        return List.of(
                set -> set.retitle("Another title"),
                set -> set.changeLegalInstrument("Another law"),
                set -> set.changeEffectiveDate(LocalDate.of(2030, 1, 1)),
                set -> set.putProvision(provision),
                set -> set.removeProvision(ProvisionReference.of("Title 13 PNC, §COFA")),
                set -> set.putVisaType(set.visaType(VisaTypeCode.of("VOA")).orElseThrow()),
                set -> set.removeVisaType(VisaTypeCode.of("VOA")),
                set -> set.putGroup(new NationalityGroup(GroupCode.of("PIF"), "Pacific Islands Forum", Set.of(CountryCode.of("FJI")))),
                set -> set.removeGroup(GroupCode.of("COFA")),
                set -> set.putRegime(set.regime(RuleCode.of("R-RUS")).orElseThrow()),
                set -> set.removeRegime(RuleCode.of("R-RUS")),
                set -> set.putRequirement(set.requirement(RuleCode.of("FUNDS")).orElseThrow()),
                set -> set.removeRequirement(RuleCode.of("FUNDS")));
    }

    @ParameterizedTest
    @MethodSource("modifications")
    void refusesEveryModificationOfAPublishedSet(Consumer<RegulationSet> modification) {
        String before = palau.toString() + palau.regimes() + palau.requirements() + palau.provisions() + palau.groups();

        assertThatThrownBy(() -> modification.accept(palau)).isInstanceOf(RegulationSetNotEditableException.class)
                .hasMessageContaining("PUBLISHED");
        assertThat(palau.toString() + palau.regimes() + palau.requirements() + palau.provisions() + palau.groups()).isEqualTo(before);
    }

    @ParameterizedTest
    @MethodSource("modifications")
    void refusesEveryModificationOfASupersededSet(Consumer<RegulationSet> modification) {
        regulations.publish(russiaOnVisaOnArrivalFromNextMonth());

        assertThatThrownBy(() -> modification.accept(palau)).isInstanceOf(RegulationSetNotEditableException.class)
                .hasMessageContaining("SUPERSEDED");
    }

    @Test
    void refusesToPublishTheSameDraftTwice() {
        RegulationSet draft = russiaOnVisaOnArrivalFromNextMonth();
        regulations.publish(draft);

        assertThatThrownBy(() -> regulations.publish(draft)).isInstanceOf(RegulationSetNotEditableException.class);
    }

    @Test
    void refusesToPublishADraftWithErrorsListingThem() {
        RegulationSet draft = regulations.draftNextVersion(NEXT_MONTH);
        draft.removeProvision(ProvisionReference.of("Title 13 PNC, §PPEF"));

        assertThatThrownBy(() -> regulations.publish(draft))
                .isInstanceOfSatisfying(RegulationSetInvalidException.class, e -> assertThat(e.report().errors())
                        .extracting(ValidationError::rule, ValidationError::kind)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("requirement PPEF", ValidationErrorKind.MISSING_PROVISION)));
        assertThat(draft.status()).isEqualTo(RegulationSetStatus.DRAFT);
        assertThat(palau.status()).isEqualTo(RegulationSetStatus.PUBLISHED);
    }

    @Test
    void refusesAnEffectiveDateBeforePublicationAsItWouldRewriteAnswersAlreadyGiven() {
        RegulationSet draft = regulations.draftNextVersion(TODAY.minusDays(1));

        assertThat(regulations.validate(draft).ofKind(ValidationErrorKind.EFFECTIVE_DATE_BEFORE_PUBLICATION))
                .singleElement().satisfies(e -> assertThat(e.rule()).isEqualTo("set version 2"));
        assertThatThrownBy(() -> regulations.publish(draft)).isInstanceOf(RegulationSetInvalidException.class);
    }

    @Test
    void acceptsAChangeTakingEffectOnThePublicationDay() {
        RegulationSet draft = regulations.draftNextVersion(TODAY);

        assertThat(regulations.validate(draft).isClean()).isTrue();
    }

    @Test
    void refusesAnEffectiveDateNotAfterTheLatestVersion() {
        regulations.publish(russiaOnVisaOnArrivalFromNextMonth());
        RegulationSet draft = regulations.draftNextVersion(NEXT_MONTH);

        assertThat(regulations.validate(draft).ofKind(ValidationErrorKind.EFFECTIVE_DATE_NOT_AFTER_LATEST)).hasSize(1);
    }

    @Test
    void refusesADraftMadeFromAVersionThatHasSinceBeenSuperseded() {
        RegulationSet first = regulations.draftNextVersion(NEXT_MONTH);
        RegulationSet second = regulations.draftNextVersion(NEXT_MONTH.plusMonths(1));
        regulations.publish(first);

        assertThat(regulations.validate(second).ofKind(ValidationErrorKind.STALE_DRAFT)).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("version 2"));
    }

    @Test
    void restoresOnlyPublishedSets() {
        RegulationSet draft = PalauRules.palauDraft();

        assertThatThrownBy(() -> RegulationHistory.of(new RegulationSetValidator(), List.of(palau, draft)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

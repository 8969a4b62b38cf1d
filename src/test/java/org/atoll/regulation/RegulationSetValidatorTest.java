package org.atoll.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atoll.regulation.PalauRules.palauDraft;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.atoll.reference.CountryCode;
import org.junit.jupiter.api.Test;

/** Each kind of error a draft can have, each naming the rule at fault. Drafts start as copies of the clean Palau set. */
class RegulationSetValidatorTest {

    private static final Set<Purpose> VISITS = EnumSet.of(Purpose.TOURISM, Purpose.BUSINESS, Purpose.TRANSIT, Purpose.FAMILY,
            Purpose.DIPLOMATIC, Purpose.CREW);

    private final RegulationSetValidator validator = new RegulationSetValidator();
    private final RegulationSet draft = palauDraft();

    private List<ValidationError> errors() {
        return validator.validate(draft).errors();
    }

    @Test
    void findsNothingWrongInACopyOfThePublishedSet() {
        assertThat(errors()).isEmpty();
    }

    @Test
    void reportsARuleCitingAProvisionTheSetLacks() {
        draft.putRegime(NationalityRegime.builder("R-FJI", AppliesTo.nationality(CountryCode.of("FJI")), RegimeKind.VISA_EXEMPT)
                .purposes(VISITS).permitType("VE").stayDays(60).provision("Executive Order 451, §FIJI").build());

        assertThat(errors()).singleElement().satisfies(error -> {
            assertThat(error.kind()).isEqualTo(ValidationErrorKind.MISSING_PROVISION);
            assertThat(error.rule()).isEqualTo("regime R-FJI");
            assertThat(error.message()).contains("Executive Order 451, §FIJI");
        });
    }

    @Test
    void reportsEveryRuleLeftCitingARemovedProvision() {
        draft.removeProvision(ProvisionReference.of("Executive Order 450, §EXEMPT-90"));

        assertThat(errors()).extracting(ValidationError::rule).containsExactly(
                "visa type VE", "regime R-SCHENGEN", "regime R-TWN", "regime R-ISR");
        assertThat(errors()).allSatisfy(e -> assertThat(e.kind()).isEqualTo(ValidationErrorKind.MISSING_PROVISION));
    }

    @Test
    void reportsARegimePointingToAnUndefinedVisaType() {
        draft.removeVisaType(VisaTypeCode.of("NRW"));

        assertThat(validator.validate(draft).ofKind(ValidationErrorKind.UNKNOWN_VISA_TYPE))
                .extracting(ValidationError::rule)
                .containsExactly("regime R-WORK", "requirement HEALTH-CERTIFICATE", "requirement EMPLOYMENT-CONTRACT",
                        "requirement POLICE-CLEARANCE", "requirement EXPERIENCE-AFFIDAVITS", "requirement LOCAL-ADVERTISEMENT",
                        "requirement STATUS-ENDS-WITH-PERMIT");
    }

    @Test
    void reportsARegimeForAnUndefinedGroup() {
        draft.removeGroup(GroupCode.of("SCHENGEN"));

        assertThat(errors()).singleElement().satisfies(error -> {
            assertThat(error.kind()).isEqualTo(ValidationErrorKind.UNKNOWN_GROUP);
            assertThat(error.rule()).isEqualTo("regime R-SCHENGEN");
        });
    }

    @Test
    void reportsAPurposeLeftWithoutARegimeForAllOtherNationalities() {
        draft.removeRegime(RuleCode.of("R-STUDY"));

        assertThat(errors()).singleElement().satisfies(error -> {
            assertThat(error.kind()).isEqualTo(ValidationErrorKind.NO_DEFAULT_REGIME);
            assertThat(error.rule()).isEqualTo("purpose STUDY");
            assertThat(error.message()).contains(draft.effectiveDate().toString());
        });
    }

    @Test
    void reportsTheFirstDayADefaultRegimeWithAnEndDateLeavesUncovered() {
        NationalityRegime voa = draft.regime(RuleCode.of("R-VOA")).orElseThrow();
        draft.putRegime(new NationalityRegime(voa.code(), voa.appliesTo(), voa.purposes(), voa.kind(), voa.permitType(),
                voa.stayDays(), voa.rollingWindow(), Validity.between(null, LocalDate.of(2026, 3, 31)), voa.provision()));

        assertThat(validator.validate(draft).ofKind(ValidationErrorKind.NO_DEFAULT_REGIME))
                .hasSize(VISITS.size())
                .allSatisfy(error -> assertThat(error.message()).contains("2026-04-01"));
    }

    @Test
    void acceptsDefaultRegimesThatTakeOverFromEachOther() {
        NationalityRegime voa = draft.regime(RuleCode.of("R-VOA")).orElseThrow();
        draft.putRegime(new NationalityRegime(voa.code(), voa.appliesTo(), voa.purposes(), voa.kind(), voa.permitType(),
                voa.stayDays(), voa.rollingWindow(), Validity.between(null, LocalDate.of(2026, 3, 31)), voa.provision()));
        draft.putRegime(new NationalityRegime(RuleCode.of("R-VOA-2026"), voa.appliesTo(), voa.purposes(), voa.kind(),
                voa.permitType(), java.util.Optional.of(14), voa.rollingWindow(), Validity.between(LocalDate.of(2026, 4, 1), null),
                voa.provision()));

        assertThat(errors()).isEmpty();
    }

    @Test
    void reportsOneNationalityInTwoRegimesWithDifferentOutcomesOnTheSameDates() {
        draft.putRegime(NationalityRegime.builder("R-RUS-VOA", AppliesTo.nationality(CountryCode.of("RUS")), RegimeKind.VISA_ON_ARRIVAL)
                .purposes(EnumSet.of(Purpose.TOURISM)).permitType("VOA").provision("Immigration Regulations 2006, §VOA").build());

        assertThat(errors()).singleElement().satisfies(error -> {
            assertThat(error.kind()).isEqualTo(ValidationErrorKind.CONFLICTING_REGIMES);
            assertThat(error.rule()).isEqualTo("regime R-RUS");
            assertThat(error.message()).contains("R-RUS-VOA").contains("nationality RUS").contains("[TOURISM]");
        });
    }

    @Test
    void reportsANationalityInTwoGroupsWhoseRegimesDisagree() {
        draft.putGroup(new NationalityGroup(GroupCode.of("EEA"), "European Economic Area",
                Set.of(CountryCode.of("NOR"), CountryCode.of("ISL"), CountryCode.of("IRL"))));
        draft.putRegime(NationalityRegime.builder("R-EEA", AppliesTo.group(GroupCode.of("EEA")), RegimeKind.VISA_EXEMPT)
                .purposes(VISITS).permitType("VE").stayDays(60).provision("Executive Order 450, §EXEMPT-90").build());

        assertThat(errors()).singleElement().satisfies(error -> {
            assertThat(error.kind()).isEqualTo(ValidationErrorKind.CONFLICTING_REGIMES);
            assertThat(error.message()).contains("ISL").contains("SCHENGEN").contains("EEA");
        });
    }

    @Test
    void acceptsTwoRegimesForOneNationalityOnDatesThatDoNotOverlap() {
        NationalityRegime rus = draft.regime(RuleCode.of("R-RUS")).orElseThrow();
        draft.putRegime(new NationalityRegime(rus.code(), rus.appliesTo(), rus.purposes(), rus.kind(), rus.permitType(),
                rus.stayDays(), rus.rollingWindow(), Validity.between(null, LocalDate.of(2025, 12, 31)), rus.provision()));
        draft.putRegime(NationalityRegime.builder("R-RUS-2026", AppliesTo.nationality(CountryCode.of("RUS")), RegimeKind.VISA_ON_ARRIVAL)
                .purposes(VISITS).permitType("VOA").validity(Validity.between(LocalDate.of(2026, 1, 1), null))
                .provision("Immigration Regulations 2006, §VOA").build());

        assertThat(errors()).isEmpty();
    }

    @Test
    void acceptsANationalityRegimeThatOverridesItsGroup() {
        draft.putRegime(NationalityRegime.builder("R-DEU", AppliesTo.nationality(CountryCode.of("D")), RegimeKind.VISA_ON_ARRIVAL)
                .purposes(VISITS).permitType("VOA").provision("Immigration Regulations 2006, §VOA").build());

        assertThat(errors()).isEmpty();
        assertThat(draft.regimeFor(CountryCode.of("DEU"), Purpose.TOURISM, draft.effectiveDate()).orElseThrow().code())
                .isEqualTo(RuleCode.of("R-DEU"));
    }

    @Test
    void reportsAVisaOnArrivalRegimePointingToATypeNotGrantedOnArrival() {
        draft.putRegime(NationalityRegime.builder("R-VOA", AppliesTo.allOthers(), RegimeKind.VISA_ON_ARRIVAL)
                .purposes(VISITS).permitType("VE").provision("Immigration Regulations 2006, §VOA").build());

        assertThat(errors()).singleElement().satisfies(error -> {
            assertThat(error.kind()).isEqualTo(ValidationErrorKind.ISSUANCE_MISMATCH);
            assertThat(error.rule()).isEqualTo("regime R-VOA");
            assertThat(error.message()).contains("VISA_FREE").contains("ON_ARRIVAL");
        });
    }

    @Test
    void reportsAVisaRequiredRegimePointingToATypeGrantedAtThePort() {
        draft.putRegime(NationalityRegime.builder("R-BGD", AppliesTo.nationality(CountryCode.of("BGD")), RegimeKind.VISA_REQUIRED)
                .purposes(VISITS).permitType("VOA").provision("Executive Order 450, §VISA-REQUIRED").build());

        assertThat(validator.validate(draft).ofKind(ValidationErrorKind.ISSUANCE_MISMATCH))
                .extracting(ValidationError::rule).containsExactly("regime R-BGD");
    }

    @Test
    void reportsAStayBeyondTheTypesLimit() {
        draft.putRegime(NationalityRegime.builder("R-TWN", AppliesTo.nationality(CountryCode.of("TWN")), RegimeKind.VISA_EXEMPT)
                .purposes(VISITS).permitType("VE").stayDays(120).provision("Executive Order 450, §EXEMPT-90").build());

        assertThat(errors()).singleElement().satisfies(error -> {
            assertThat(error.kind()).isEqualTo(ValidationErrorKind.STAY_BEYOND_TYPE_LIMIT);
            assertThat(error.rule()).isEqualTo("regime R-TWN");
            assertThat(error.message()).contains("120").contains("90");
        });
    }

    @Test
    void reportsARegimeCoveringAPurposeItsTypeDoesNot() {
        draft.putRegime(NationalityRegime.builder("R-ISR", AppliesTo.nationality(CountryCode.of("ISR")), RegimeKind.VISA_EXEMPT)
                .purposes(EnumSet.of(Purpose.TOURISM, Purpose.STUDY)).permitType("VE").stayDays(90)
                .provision("Executive Order 450, §EXEMPT-90").build());

        assertThat(errors()).singleElement().satisfies(error -> {
            assertThat(error.kind()).isEqualTo(ValidationErrorKind.PURPOSE_NOT_COVERED);
            assertThat(error.message()).contains("STUDY");
        });
    }

    @Test
    void reportsEmploymentOnATypeThatDoesNotAllowWork() {
        VisaType nrw = draft.visaType(VisaTypeCode.of("NRW")).orElseThrow();
        draft.putVisaType(new VisaType(nrw.code(), nrw.name(), nrw.purposes(), nrw.issuance(), nrw.maxStayDays(), nrw.entries(),
                nrw.extensions(), nrw.fee(), false, nrw.provision()));

        assertThat(errors()).extracting(ValidationError::rule, ValidationError::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("visa type NRW", ValidationErrorKind.WORK_NOT_ALLOWED),
                org.assertj.core.groups.Tuple.tuple("regime R-WORK", ValidationErrorKind.WORK_NOT_ALLOWED));
    }

    @Test
    void listsEveryErrorAtOnce() {
        draft.removeGroup(GroupCode.of("COFA"));
        draft.removeRegime(RuleCode.of("R-WORK"));
        draft.removeProvision(ProvisionReference.of("Title 13 PNC, §PLEDGE"));

        assertThat(errors()).extracting(ValidationError::kind).containsExactlyInAnyOrder(
                ValidationErrorKind.UNKNOWN_GROUP, ValidationErrorKind.NO_DEFAULT_REGIME, ValidationErrorKind.MISSING_PROVISION);
    }
}

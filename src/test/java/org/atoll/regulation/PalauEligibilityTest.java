package org.atoll.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.atoll.regulation.PalauRules.ARRIVAL;
import static org.atoll.regulation.PalauRules.palau;
import static org.atoll.regulation.Travellers.aTouristFrom;
import static org.atoll.regulation.Travellers.aTraveller;

import java.util.Optional;
import org.atoll.reference.KnownCodes;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each of Palau's published rules (domain facts §7), through the shipped regulation set. */
class PalauEligibilityTest {

    private final RegulationSet palau = palau();
    private final EligibilityEngine engine = new EligibilityEngine(KnownCodes.ANY);

    private EligibilityDecision decide(Travellers traveller) {
        return engine.decide(palau, traveller.build());
    }

    @Nested
    class NationalitiesThatNeedAVisa {

        @ParameterizedTest
        @ValueSource(strings = {"BGD", "MMR"})
        void requiresAVisaBeforeTravelCitingTheExecutiveOrder(String nationality) {
            EligibilityDecision decision = decide(aTouristFrom(nationality));

            assertThat(decision.outcome()).isEqualTo(Outcome.VISA_REQUIRED);
            assertThat(decision.permitTypeCode()).contains(VisaTypeCode.of("EV"));
            assertThat(decision.permittedUntil()).isEmpty();
            assertThat(decision.feesDue()).isEmpty();
            assertThat(decision.check(CheckKind.VISA)).get().satisfies(check -> {
                assertThat(check.status()).isEqualTo(CheckStatus.NOT_MET);
                assertThat(check.rule()).isEqualTo("R-" + nationality);
                assertThat(check.provision()).isEqualTo(ProvisionReference.of("Executive Order 450, §VISA-REQUIRED"));
            });
            assertThat(decision.legalGrounds()).containsExactly(ProvisionReference.of("Executive Order 450, §VISA-REQUIRED"));
            assertThat(decision.summary()).startsWith("Visa required: " + nationality
                    + " nationals need a visa or permit obtained before travel for tourism (R-" + nationality + "): Entry visa (EV); none held");
        }

        @Test
        void admitsABangladeshiHoldingAConfirmedEntryVisaForTheVisasStay() {
            EligibilityDecision decision = decide(aTouristFrom("BGD")
                    .holding(HeldVisa.confirmed("EV", "EV0001234", ARRIVAL.plusMonths(3))));

            assertThat(decision.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(decision.permitTypeCode()).contains(VisaTypeCode.of("EV"));
            assertThat(decision.permittedUntil()).contains(ARRIVAL.plusDays(29));
            assertThat(decision.check(CheckKind.VISA).get().status()).isEqualTo(CheckStatus.MET);
        }

        @Test
        void leavesAQuotedVisaNumberForTheOfficerToVerify() {
            EligibilityDecision decision = decide(aTouristFrom("MMR")
                    .holding(HeldVisa.quoted(Optional.empty(), "EV0009999")));

            assertThat(decision.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(decision.check(CheckKind.VISA).get().status()).isEqualTo(CheckStatus.TO_VERIFY);
            assertThat(decision.check(CheckKind.VISA).get().verification()).isEqualTo(Verification.OFFICER_CHECK);
        }

        @Test
        void stillRequiresAVisaWhenTheVisaHeldHasExpired() {
            EligibilityDecision decision = decide(aTouristFrom("BGD")
                    .holding(HeldVisa.confirmed("EV", "EV0001234", ARRIVAL.minusDays(1))));

            assertThat(decision.outcome()).isEqualTo(Outcome.VISA_REQUIRED);
            assertThat(decision.check(CheckKind.VISA).get().reason()).contains("expired on " + ARRIVAL.minusDays(1));
        }
    }

    @Nested
    class CompactOfFreeAssociation {

        @ParameterizedTest
        @ValueSource(strings = {"USA", "FSM", "MHL"})
        void admitsCompactCitizensWithoutAVisaForUpToAYear(String nationality) {
            EligibilityDecision decision = decide(aTouristFrom(nationality).stayingDays(200));

            assertThat(decision.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(decision.permitTypeCode()).contains(VisaTypeCode.of("VE-COFA"));
            assertThat(decision.permittedUntil()).contains(ARRIVAL.plusDays(364));
            assertThat(decision.permittedStayDays()).contains(365);
            assertThat(decision.check(CheckKind.NATIONALITY_REGIME).get().provision())
                    .isEqualTo(ProvisionReference.of("Title 13 PNC, §COFA"));
        }

        @Test
        void refersACompactCitizenWhoIntendsToStayLongerThanAYear() {
            EligibilityDecision decision = decide(aTouristFrom("USA").stayingDays(400));

            assertThat(decision.outcome()).isEqualTo(Outcome.OFFICER_CHECK);
            assertThat(decision.check(CheckKind.STAY_LIMIT).get().status()).isEqualTo(CheckStatus.NOT_MET);
            assertThat(decision.permittedUntil()).contains(ARRIVAL.plusDays(364));
        }
    }

    @Nested
    class VisaExemptions {

        @ParameterizedTest
        @ValueSource(strings = {"TWN", "ISR"})
        void admitsFor90Days(String nationality) {
            EligibilityDecision decision = decide(aTouristFrom(nationality));

            assertThat(decision.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(decision.permitTypeCode()).contains(VisaTypeCode.of("VE"));
            assertThat(decision.permittedUntil()).contains(ARRIVAL.plusDays(89));
            assertThat(decision.check(CheckKind.ROLLING_WINDOW)).isEmpty();
            assertThat(decision.check(CheckKind.NATIONALITY_REGIME).get().provision())
                    .isEqualTo(ProvisionReference.of("Executive Order 450, §EXEMPT-90"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"RUS", "SYC"})
        void admitsFor30Days(String nationality) {
            EligibilityDecision decision = decide(aTouristFrom(nationality));

            assertThat(decision.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(decision.permittedUntil()).contains(ARRIVAL.plusDays(29));
            assertThat(decision.check(CheckKind.NATIONALITY_REGIME).get().provision())
                    .isEqualTo(ProvisionReference.of("Executive Order 450, §EXEMPT-30"));
        }

        @Test
        void refersARussianWhoIntendsToStayLongerThan30DaysAsTheExemptionCannotBeExtended() {
            EligibilityDecision decision = decide(aTouristFrom("RUS").stayingDays(45));

            assertThat(decision.outcome()).isEqualTo(Outcome.OFFICER_CHECK);
            assertThat(decision.check(CheckKind.STAY_LIMIT).get().reason()).contains("longer than the 30 days permitted");
        }

        @ParameterizedTest
        @ValueSource(strings = {"DEU", "D", "FRA", "CHE"})
        void admitsSchengenNationalsFor90DaysLeavingEarlierStaysToTheOfficerWhenUnknown(String nationality) {
            EligibilityDecision decision = decide(aTouristFrom(nationality));

            assertThat(decision.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(decision.permittedUntil()).contains(ARRIVAL.plusDays(89));
            assertThat(decision.check(CheckKind.ROLLING_WINDOW).get().status()).isEqualTo(CheckStatus.TO_VERIFY);
            assertThat(decision.check(CheckKind.NATIONALITY_REGIME).get().rule()).isEqualTo("R-SCHENGEN");
        }
    }

    @Nested
    class SchengenRollingWindow {

        private final InMemoryArrivalHistory history = new InMemoryArrivalHistory();
        private final EligibilityEngine withHistory = new EligibilityEngine(KnownCodes.ANY, history);

        private EligibilityDecision decideGerman(int stayDays) {
            return withHistory.decide(palau, aTouristFrom("DEU").withDocumentNumber("C01X00T47").stayingDays(stayDays).build());
        }

        @Test
        void grantsTheFull90DaysWithNoEarlierStays() {
            EligibilityDecision decision = decideGerman(30);

            assertThat(decision.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(decision.permittedUntil()).contains(ARRIVAL.plusDays(89));
            assertThat(decision.check(CheckKind.ROLLING_WINDOW).get().status()).isEqualTo(CheckStatus.MET);
            assertThat(history.queriedRanges).hasSize(1);
            assertThat(history.queriedRanges.get(0)).containsExactly(ARRIVAL.minusDays(179), ARRIVAL.minusDays(1));
        }

        @Test
        void shortensThePermittedStayByEarlierStaysInTheWindow() {
            history.stayed("DEU", "C01X00T47", EarlierStay.between(ARRIVAL.minusDays(100), ARRIVAL.minusDays(41)));

            EligibilityDecision decision = decideGerman(14);

            assertThat(decision.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(decision.permittedStayDays()).contains(30);
            assertThat(decision.permittedUntil()).contains(ARRIVAL.plusDays(29));
            assertThat(decision.check(CheckKind.ROLLING_WINDOW).get().reason()).contains("60 days of stay").contains("30 days left");
        }

        @Test
        void refersWhenTheIntendedStayGoesBeyondWhatTheWindowLeaves() {
            history.stayed("DEU", "C01X00T47", EarlierStay.between(ARRIVAL.minusDays(100), ARRIVAL.minusDays(41)));

            EligibilityDecision decision = decideGerman(45);

            assertThat(decision.outcome()).isEqualTo(Outcome.OFFICER_CHECK);
            assertThat(decision.permittedUntil()).contains(ARRIVAL.plusDays(29));
            assertThat(decision.check(CheckKind.STAY_LIMIT).get().reason()).contains("shortened by earlier stays");
        }

        @Test
        void refusesWhenEarlierStaysHaveUsedUpThe90Days() {
            history.stayed("DEU", "C01X00T47", EarlierStay.between(ARRIVAL.minusDays(120), ARRIVAL.minusDays(61)))
                    .stayed("DEU", "C01X00T47", EarlierStay.between(ARRIVAL.minusDays(30), ARRIVAL.minusDays(1)));

            EligibilityDecision decision = decideGerman(7);

            assertThat(decision.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
            assertThat(decision.permittedUntil()).isEmpty();
            assertThat(decision.legalGrounds()).containsExactly(ProvisionReference.of("Executive Order 450, §EXEMPT-90"));
            assertThat(decision.check(CheckKind.ROLLING_WINDOW).get().reason()).contains("90 days of stay").contains("no day left");
        }

        @Test
        void doesNotShortenTheStayForEarlierDaysThatLeaveTheWindowAsTheNewStayGoesOn() {
            history.stayed("DEU", "C01X00T47", EarlierStay.between(ARRIVAL.minusDays(170), ARRIVAL.minusDays(111)));

            EligibilityDecision decision = decideGerman(90);

            assertThat(decision.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(decision.permittedStayDays()).contains(90);
        }

        @Test
        void ignoresStaysOlderThanTheWindow() {
            history.stayed("DEU", "C01X00T47", EarlierStay.between(ARRIVAL.minusDays(300), ARRIVAL.minusDays(211)));

            assertThat(decideGerman(90).permittedStayDays()).contains(90);
        }

        @Test
        void refersWhenAnEarlierStayHasNoRecordedExit() {
            history.stayed("DEU", "C01X00T47", EarlierStay.withoutRecordedExit(ARRIVAL.minusDays(40)));

            EligibilityDecision decision = decideGerman(14);

            assertThat(decision.outcome()).isEqualTo(Outcome.OFFICER_CHECK);
            assertThat(decision.check(CheckKind.ROLLING_WINDOW).get().reason()).contains("no recorded exit");
        }

        @Test
        void leavesTheWindowToTheOfficerWhenTheDocumentNumberIsUnknown() {
            EligibilityDecision decision = withHistory.decide(palau, aTouristFrom("DEU").withoutDocumentNumber().build());

            assertThat(decision.check(CheckKind.ROLLING_WINDOW).get().status()).isEqualTo(CheckStatus.TO_VERIFY);
            assertThat(history.queriedRanges).isEmpty();
        }
    }

    @Nested
    class VisaOnArrival {

        @ParameterizedTest
        @ValueSource(strings = {"AUS", "JPN", "GBR", "PHL"})
        void grantsMostNationalitiesAFreeVisaOnArrivalFor30DaysExtendableTwiceAt50Dollars(String nationality) {
            EligibilityDecision decision = decide(aTouristFrom(nationality));

            assertThat(decision.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(decision.permittedUntil()).contains(ARRIVAL.plusDays(29));
            VisaType voa = decision.permitType().orElseThrow();
            assertThat(voa.code()).isEqualTo(VisaTypeCode.of("VOA"));
            assertThat(voa.issuance()).isEqualTo(Issuance.ON_ARRIVAL);
            assertThat(voa.fee().isZero()).isTrue();
            assertThat(voa.extensions().maxExtensions()).isEqualTo(2);
            assertThat(voa.extensions().feeEach()).isEqualTo(Money.usd(50));
            assertThat(decision.feesDue()).extracting(FeeDue::name).doesNotContain("Visa on arrival");
            assertThat(decision.check(CheckKind.NATIONALITY_REGIME).get().provision())
                    .isEqualTo(ProvisionReference.of("Immigration Regulations 2006, §VOA"));
        }

        @Test
        void acceptsALongerIntendedStayThatTwoExtensionsCanReach() {
            EligibilityDecision decision = decide(aTouristFrom("JPN").stayingDays(75));

            assertThat(decision.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(decision.permittedUntil()).contains(ARRIVAL.plusDays(29));
            assertThat(decision.check(CheckKind.STAY_LIMIT).get().reason()).contains("2 extension(s) of 30 days at USD 50 each");
        }

        @Test
        void refersAnIntendedStayBeyondWhatExtensionsCanReach() {
            EligibilityDecision decision = decide(aTouristFrom("JPN").stayingDays(91));

            assertThat(decision.outcome()).isEqualTo(Outcome.OFFICER_CHECK);
            assertThat(decision.check(CheckKind.STAY_LIMIT).get().status()).isEqualTo(CheckStatus.NOT_MET);
        }
    }

    @Nested
    class EntryRequirements {

        @Test
        void refusesEntryWhenPassportExpiresWithinSixMonths() {
            EligibilityDecision decision = decide(aTraveller().withPassportExpiring(ARRIVAL.plusMonths(5)));

            assertThat(decision.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
            assertThat(decision.permittedUntil()).isEmpty();
            assertThat(decision.feesDue()).isEmpty();
            assertThat(decision.check(CheckKind.PASSPORT_VALIDITY).get().status()).isEqualTo(CheckStatus.NOT_MET);
            assertThat(decision.legalGrounds()).containsExactly(ProvisionReference.of("Immigration Regulations 2006, §PASSPORT"));
        }

        @Test
        void acceptsAPassportValidExactlySixMonthsBeyondArrival() {
            EligibilityDecision decision = decide(aTraveller().withPassportExpiring(ARRIVAL.plusMonths(6)));

            assertThat(decision.check(CheckKind.PASSPORT_VALIDITY).get().status()).isEqualTo(CheckStatus.MET);
        }

        @Test
        void refusesAVisaNationalWithAShortPassportRatherThanSendingThemForAVisa() {
            EligibilityDecision decision = decide(aTouristFrom("BGD").withPassportExpiring(ARRIVAL.plusMonths(2)));

            assertThat(decision.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        }

        @Test
        void marksAMissingOnwardTicketNotMetAndRefersTheTraveller() {
            EligibilityDecision decision = decide(aTraveller().withOnwardTicket(Declared.NO));

            assertThat(decision.check(CheckKind.ONWARD_TICKET).get().status()).isEqualTo(CheckStatus.NOT_MET);
            assertThat(decision.check(CheckKind.ONWARD_TICKET).get().provision())
                    .isEqualTo(ProvisionReference.of("Immigration Regulations 2006, §ONWARD-TICKET"));
            assertThat(decision.outcome()).isEqualTo(Outcome.OFFICER_CHECK);
        }

        @Test
        void leavesAnUndeclaredOnwardTicketToTheOfficer() {
            EligibilityDecision decision = decide(aTraveller().withOnwardTicket(Declared.NOT_DECLARED));

            assertThat(decision.check(CheckKind.ONWARD_TICKET).get().status()).isEqualTo(CheckStatus.TO_VERIFY);
            assertThat(decision.outcome()).isEqualTo(Outcome.ELIGIBLE);
        }

        @Test
        void marksFundsBelow200DollarsAWeekForTheStayNotMet() {
            EligibilityDecision decision = decide(aTraveller().stayingDays(14).declaringFunds(Money.usd(399)));

            assertThat(decision.check(CheckKind.FUNDS).get().status()).isEqualTo(CheckStatus.NOT_MET);
            assertThat(decision.check(CheckKind.FUNDS).get().reason()).contains("USD 400 needed for 14 days");
            assertThat(decision.outcome()).isEqualTo(Outcome.OFFICER_CHECK);
        }

        @Test
        void countsAPartWeekAsAWeekOfFunds() {
            assertThat(decide(aTraveller().stayingDays(8).declaringFunds(Money.usd(400))).check(CheckKind.FUNDS).get().status())
                    .isEqualTo(CheckStatus.MET);
            assertThat(decide(aTraveller().stayingDays(8).declaringFunds(Money.usd(399))).check(CheckKind.FUNDS).get().status())
                    .isEqualTo(CheckStatus.NOT_MET);
        }

        @Test
        void leavesUndeclaredFundsToTheOfficer() {
            EligibilityDecision decision = decide(aTraveller().declaringFunds(null));

            assertThat(decision.check(CheckKind.FUNDS).get().status()).isEqualTo(CheckStatus.TO_VERIFY);
        }

        @Test
        void leavesThePalauEntryFormAndPledgeForTheOfficerToVerify() {
            EligibilityDecision decision = decide(aTraveller());

            assertThat(decision.check(CheckKind.ENTRY_FORM).get().status()).isEqualTo(CheckStatus.TO_VERIFY);
            assertThat(decision.check(CheckKind.ENTRY_FORM).get().verification()).isEqualTo(Verification.OFFICER_CHECK);
            assertThat(decision.check(CheckKind.ENTRY_FORM).get().reason()).contains("Palau Entry Form").contains("72 hours");
            assertThat(decision.check(CheckKind.DECLARATION).get().reason()).contains("Palau Pledge");
            assertThat(decision.outcome()).isEqualTo(Outcome.ELIGIBLE);
        }
    }

    @Nested
    class EnvironmentalFee {

        @Test
        void charges100DollarsToAVisitor() {
            EligibilityDecision decision = decide(aTraveller());

            assertThat(decision.feesDue()).singleElement().satisfies(fee -> {
                assertThat(fee.name()).isEqualTo("Pristine Paradise Environmental Fee");
                assertThat(fee.amount()).isEqualTo(Money.usd(100));
                assertThat(fee.provision()).isEqualTo(ProvisionReference.of("Title 13 PNC, §PPEF"));
            });
            assertThat(decision.check(CheckKind.FEE_PAID).get().status()).isEqualTo(CheckStatus.TO_VERIFY);
        }

        @Test
        void chargesVisaExemptVisitorsToo() {
            assertThat(decide(aTouristFrom("USA")).feesDue()).extracting(FeeDue::amount).containsExactly(Money.usd(100));
        }

        @ParameterizedTest
        @ValueSource(strings = {"TRANSIT", "CREW", "DIPLOMATIC"})
        void exemptsTransitPassengersCrewAndDiplomats(Purpose purpose) {
            EligibilityDecision decision = decide(aTraveller().comingFor(purpose));

            assertThat(decision.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(decision.feesDue()).isEmpty();
            assertThat(decision.check(CheckKind.FEE_PAID)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"FAMILY", "TOURISM"})
        void exemptsTheDeclaredSpouseOfACitizenAndAsksTheOfficerToConfirmTheMarriage(Purpose purpose) {
            EligibilityDecision decision = decide(aTraveller().comingFor(purpose).declaring(TravellerStatus.SPOUSE_OF_CITIZEN));

            assertThat(decision.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(decision.feesDue()).isEmpty();
            assertThat(decision.check(CheckKind.FEE_PAID)).isEmpty();
            assertThat(decision.check(CheckKind.DECLARED_EXEMPTION)).get().satisfies(check -> {
                assertThat(check.rule()).isEqualTo("PPEF");
                assertThat(check.status()).isEqualTo(CheckStatus.TO_VERIFY);
                assertThat(check.verification()).isEqualTo(Verification.OFFICER_CHECK);
                assertThat(check.reason()).contains("spouse of citizen");
                assertThat(check.provision()).isEqualTo(ProvisionReference.of("Title 13 PNC, §PPEF"));
            });
        }

        @Test
        void chargesTheFeeToAFamilyVisitorWhoDeclaresNoStatus() {
            EligibilityDecision decision = decide(aTraveller().comingFor(Purpose.FAMILY));

            assertThat(decision.feesDue()).extracting(FeeDue::amount).containsExactly(Money.usd(100));
            assertThat(decision.check(CheckKind.DECLARED_EXEMPTION)).isEmpty();
        }

        @Test
        void exemptsTheSpouseFromTheFeeOnlyNotFromTheOtherRequirements() {
            EligibilityDecision decision = decide(aTraveller().declaring(TravellerStatus.SPOUSE_OF_CITIZEN)
                    .withPassportExpiring(ARRIVAL.plusMonths(5)));

            assertThat(decision.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
            assertThat(decision.check(CheckKind.PASSPORT_VALIDITY).get().status()).isEqualTo(CheckStatus.NOT_MET);
            assertThat(decision.check(CheckKind.DECLARATION)).isPresent();
        }

        @Test
        void exemptsCitizensWhoEnterAsOfRight() {
            EligibilityDecision decision = decide(aTouristFrom("PLW").withPassportExpiring(ARRIVAL.plusMonths(1)));

            assertThat(decision.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(decision.feesDue()).isEmpty();
            assertThat(decision.permitType()).isEmpty();
            assertThat(decision.permittedUntil()).isEmpty();
            assertThat(decision.checks()).extracting(RequirementCheck::kind).containsExactly(CheckKind.NATIONALITY_REGIME);
        }
    }

    @Nested
    class NonResidentWorkers {

        @Test
        void requiresAWorkPermitBeforeEntryForEmployment() {
            EligibilityDecision decision = decide(aTraveller().comingFor(Purpose.EMPLOYMENT));

            assertThat(decision.outcome()).isEqualTo(Outcome.VISA_REQUIRED);
            assertThat(decision.permitTypeCode()).contains(VisaTypeCode.of("NRW"));
            assertThat(decision.check(CheckKind.WORK_PERMIT).get().status()).isEqualTo(CheckStatus.NOT_MET);
            assertThat(decision.legalGrounds()).containsExactly(ProvisionReference.of("Title 13 PNC, §NRW"));
        }

        @Test
        void requiresAWorkPermitEvenFromVisaExemptNationals() {
            EligibilityDecision decision = decide(aTouristFrom("DEU").comingFor(Purpose.EMPLOYMENT));

            assertThat(decision.outcome()).isEqualTo(Outcome.VISA_REQUIRED);
            assertThat(decision.permitTypeCode()).contains(VisaTypeCode.of("NRW"));
        }

        @Test
        void admitsAWorkerHoldingAConfirmedPermitAndAsksForTheHealthCertificate() {
            EligibilityDecision decision = decide(aTraveller().comingFor(Purpose.EMPLOYMENT).stayingDays(300)
                    .holding(HeldVisa.confirmed("NRW", "NRW2025001", ARRIVAL.plusYears(1))));

            assertThat(decision.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(decision.permittedUntil()).contains(ARRIVAL.plusDays(364));
            assertThat(decision.check(CheckKind.WORK_PERMIT).get().status()).isEqualTo(CheckStatus.MET);
            assertThat(decision.check(CheckKind.HEALTH_CERTIFICATE).get().status()).isEqualTo(CheckStatus.TO_VERIFY);
            assertThat(decision.check(CheckKind.HEALTH_CERTIFICATE).get().reason()).contains(ARRIVAL.minusDays(30).toString());
            assertThat(decision.feesDue()).isEmpty();
        }

        @Test
        void listsTheOtherDocumentsOfAWorkPermitEachWithHowItIsVerifiedAndItsProvision() {
            EligibilityDecision decision = decide(aTraveller().comingFor(Purpose.EMPLOYMENT).stayingDays(300)
                    .holding(HeldVisa.confirmed("NRW", "NRW2025001", ARRIVAL.plusYears(1))));

            assertThat(decision.checks()).filteredOn(c -> c.kind() == CheckKind.SUPPORTING_DOCUMENT)
                    .extracting(RequirementCheck::rule, RequirementCheck::status, RequirementCheck::verification)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("EMPLOYMENT-CONTRACT", CheckStatus.TO_VERIFY, Verification.OFFICER_CHECK),
                            org.assertj.core.groups.Tuple.tuple("POLICE-CLEARANCE", CheckStatus.TO_VERIFY, Verification.OFFICER_CHECK),
                            org.assertj.core.groups.Tuple.tuple("EXPERIENCE-AFFIDAVITS", CheckStatus.TO_VERIFY, Verification.OFFICER_CHECK),
                            org.assertj.core.groups.Tuple.tuple("LOCAL-ADVERTISEMENT", CheckStatus.TO_VERIFY, Verification.DECLARATION));
            assertThat(decision.checks()).filteredOn(c -> c.kind() == CheckKind.SUPPORTING_DOCUMENT)
                    .allSatisfy(c -> assertThat(c.provision()).isEqualTo(ProvisionReference.of("Title 13 PNC, §NRW")));
            assertThat(decision.checks()).filteredOn(c -> c.rule().equals("POLICE-CLEARANCE")).singleElement()
                    .satisfies(c -> assertThat(c.reason()).isEqualTo("Police clearance: the officer sees the document"));
            assertThat(decision.outcome()).isEqualTo(Outcome.ELIGIBLE);
        }

        @Test
        void asksForTheWorkersDocumentsAlsoWhileThePermitIsMissing() {
            EligibilityDecision decision = decide(aTraveller().comingFor(Purpose.EMPLOYMENT));

            assertThat(decision.checks()).extracting(RequirementCheck::rule)
                    .contains("EMPLOYMENT-CONTRACT", "POLICE-CLEARANCE", "EXPERIENCE-AFFIDAVITS", "LOCAL-ADVERTISEMENT",
                            "HEALTH-CERTIFICATE");
        }

        @Test
        void endsThePermittedStayWithTheWorkPermitBecauseAnExpiredPermitMeansLossOfStatus() {
            EligibilityDecision decision = decide(aTraveller().comingFor(Purpose.EMPLOYMENT).stayingDays(60)
                    .holding(HeldVisa.confirmed("NRW", "NRW2025002", ARRIVAL.plusDays(99))));

            assertThat(decision.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(decision.permittedUntil()).contains(ARRIVAL.plusDays(99));
            assertThat(decision.check(CheckKind.PERMIT_STATUS)).get().satisfies(check -> {
                assertThat(check.status()).isEqualTo(CheckStatus.MET);
                assertThat(check.rule()).isEqualTo("STATUS-ENDS-WITH-PERMIT");
                assertThat(check.provision()).isEqualTo(ProvisionReference.of("Title 13 PNC, §NRW"));
            });
        }

        @Test
        void refersAWorkerWhoseIntendedStayOutlastsThePermit() {
            EligibilityDecision decision = decide(aTraveller().comingFor(Purpose.EMPLOYMENT).stayingDays(200)
                    .holding(HeldVisa.confirmed("NRW", "NRW2025003", ARRIVAL.plusDays(99))));

            assertThat(decision.outcome()).isEqualTo(Outcome.OFFICER_CHECK);
            assertThat(decision.permittedUntil()).contains(ARRIVAL.plusDays(99));
            assertThat(decision.check(CheckKind.PERMIT_STATUS).get().status()).isEqualTo(CheckStatus.NOT_MET);
            assertThat(decision.check(CheckKind.PERMIT_STATUS).get().reason())
                    .contains("expires on " + ARRIVAL.plusDays(99)).contains("immigration status ends with the permit");
        }

        @Test
        void leavesTheExpiryOfAQuotedPermitToTheOfficer() {
            EligibilityDecision decision = decide(aTraveller().comingFor(Purpose.EMPLOYMENT).stayingDays(60)
                    .holding(HeldVisa.quoted(Optional.of(VisaTypeCode.of("NRW")), "NRW2025004")));

            assertThat(decision.check(CheckKind.PERMIT_STATUS).get().status()).isEqualTo(CheckStatus.TO_VERIFY);
            assertThat(decision.permittedUntil()).contains(ARRIVAL.plusDays(364));
        }

        @Test
        void doesNotTreatAVisitorsVisaAsAWorkPermit() {
            EligibilityDecision decision = decide(aTraveller().comingFor(Purpose.EMPLOYMENT)
                    .holding(HeldVisa.confirmed("EV", "EV0001", ARRIVAL.plusMonths(1))));

            assertThat(decision.outcome()).isEqualTo(Outcome.VISA_REQUIRED);
            assertThat(decision.check(CheckKind.VISA).get().reason()).contains("does not cover employment");
        }
    }

    @Test
    void requiresAnEntryVisaForStudyFromNationalsWhoGetAVisaOnArrival() {
        EligibilityDecision decision = decide(aTraveller().comingFor(Purpose.STUDY));

        assertThat(decision.outcome()).isEqualTo(Outcome.VISA_REQUIRED);
        assertThat(decision.permitTypeCode()).contains(VisaTypeCode.of("EV"));
    }

    @Test
    void namesAnUnknownNationality() {
        EligibilityEngine strict = new EligibilityEngine((code, on) -> !code.value().equals("ZZZ"));

        assertThatThrownBy(() -> strict.decide(palau, aTouristFrom("ZZZ").build()))
                .isInstanceOf(UnknownNationalityException.class)
                .hasMessageContaining("ZZZ");
    }

    @Test
    void namesAnUnknownVisaType() {
        assertThatThrownBy(() -> decide(aTouristFrom("BGD").holding(HeldVisa.confirmed("XYZ", "1", ARRIVAL.plusDays(9)))))
                .isInstanceOf(UnknownVisaTypeException.class)
                .hasMessageContaining("XYZ");
    }

    @Test
    void recordsTheSetTheDecisionRestsOn() {
        EligibilityDecision decision = decide(aTraveller());

        assertThat(decision.basis().version()).isEqualTo(1);
        assertThat(decision.basis().setId()).isEqualTo(palau.id());
        assertThat(decision.summary()).isEqualTo("Eligible under Visa on arrival (VOA), stay until " + ARRIVAL.plusDays(29));
    }
}

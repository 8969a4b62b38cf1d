package org.atoll.inspection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.atoll.document.ExpiryStatus;
import org.atoll.inspection.domain.PrimaryFacts.DocumentVerdict;
import org.atoll.inspection.domain.PrimaryFacts.HitFact;
import org.atoll.inspection.domain.PrimaryFacts.HitKind;
import org.atoll.inspection.domain.PrimaryFacts.ManifestFact;
import org.atoll.inspection.domain.PrimaryFacts.ManifestStatus;
import org.atoll.inspection.domain.PrimaryFacts.StayFact;
import org.atoll.movement.Direction;
import org.atoll.movement.TravellerRole;
import org.atoll.reference.CountryCode;
import org.atoll.reference.KnownCodes;
import org.atoll.regulation.EligibilityDecision;
import org.atoll.regulation.EligibilityEngine;
import org.atoll.regulation.EligibilityRequest;
import org.atoll.regulation.HeldVisa;
import org.atoll.regulation.Purpose;
import org.atoll.regulation.RegulationSet;
import org.atoll.regulation.TravelDocument;
import org.atoll.regulation.internal.RegulationSetJson;
import org.junit.jupiter.api.Test;

/** The booth's proposal for each case of issue #6, decided under Palau's shipped rules. */
class PrimaryInspectionPolicyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final RegulationSet PALAU = new RegulationSetJson().loadPalauDefault();
    static final EligibilityEngine ENGINE = new EligibilityEngine(KnownCodes.ANY);

    private final PrimaryInspectionPolicy policy = new PrimaryInspectionPolicy();

    static EligibilityDecision eligibility(String nationality, Purpose purpose, LocalDate passportExpiry, HeldVisa visa) {
        return ENGINE.decide(PALAU, EligibilityRequest.builder().nationality(CountryCode.of(nationality))
                .document(TravelDocument.passport("X1234567", passportExpiry)).purpose(purpose).intendedStayDays(14)
                .arrivalDate(TODAY).visa(visa).build());
    }

    static PrimaryFacts entry(TravellerRole role, EligibilityDecision e) {
        return new PrimaryFacts(Direction.ENTRY, role, DocumentVerdict.sound(), List.of(), Optional.of(e), Optional.empty(),
                ManifestFact.notChecked(), Optional.empty(), TODAY);
    }

    static EligibilityDecision tourist(String nationality) {
        return eligibility(nationality, Purpose.TOURISM, TODAY.plusYears(5), null);
    }

    @Test
    void admitsAVisaOnArrivalNationalForThirtyDays() {
        Proposal p = policy.propose(entry(TravellerRole.PASSENGER, tourist("AUS")));

        assertThat(p.outcome()).isEqualTo(ProposalOutcome.ADMIT);
        assertThat(p.permitType()).contains("VOA");
        assertThat(p.permittedUntil()).contains(TODAY.plusDays(29));
        assertThat(p.reasons()).isEmpty();
        assertThat(p.conditions()).anyMatch(c -> c.contains("Palau Entry Form"));
    }

    @Test
    void refersAVisaRequiredNationalWithoutAVisaCitingTheProvision() {
        Proposal p = policy.propose(entry(TravellerRole.PASSENGER, tourist("BGD")));

        assertThat(p.outcome()).isEqualTo(ProposalOutcome.REFER);
        assertThat(p.permittedUntil()).isEmpty();
        assertThat(p.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(ReferralReason.VISA_REQUIRED);
            assertThat(r.provision()).contains("Executive Order 450, §VISA-REQUIRED");
        });
    }

    @Test
    void admitsAVisaRequiredNationalHoldingAConfirmedVisaForTheVisasStay() {
        EligibilityDecision e = eligibility("BGD", Purpose.TOURISM, TODAY.plusYears(5),
                HeldVisa.confirmed("EV", "EV0001234", TODAY.plusMonths(2)));
        PrimaryFacts facts = new PrimaryFacts(Direction.ENTRY, TravellerRole.PASSENGER, DocumentVerdict.sound(), List.of(),
                Optional.of(e), Optional.of(new PrimaryFacts.VisaFact("EV0001234", "EV", List.of("No employment"), Optional.empty())),
                ManifestFact.notChecked(), Optional.empty(), TODAY);

        Proposal p = policy.propose(facts);

        assertThat(p.outcome()).isEqualTo(ProposalOutcome.ADMIT);
        assertThat(p.permitType()).contains("EV");
        assertThat(p.conditions()).contains("No employment");
    }

    @Test
    void refersAnAlertedTravellerWithTheHitAndItsAction() {
        HitFact hit = new HitFact(UUID.randomUUID(), HitKind.PERSON, "STRONG", "REFUSE_ENTRY", "name and date of birth agree");
        PrimaryFacts facts = new PrimaryFacts(Direction.ENTRY, TravellerRole.PASSENGER, DocumentVerdict.sound(), List.of(hit),
                Optional.of(tourist("AUS")), Optional.empty(), ManifestFact.notChecked(), Optional.empty(), TODAY);

        Proposal p = policy.propose(facts);

        assertThat(p.outcome()).isEqualTo(ProposalOutcome.REFER);
        assertThat(p.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(ReferralReason.ALERT_HIT);
            assertThat(r.detail()).contains("REFUSE_ENTRY").contains("strong");
        });
    }

    @Test
    void refersADocumentOnTheAlertList() {
        HitFact hit = new HitFact(UUID.randomUUID(), HitKind.DOCUMENT, "", "SEIZE_DOCUMENT", "");
        PrimaryFacts facts = new PrimaryFacts(Direction.ENTRY, TravellerRole.PASSENGER, DocumentVerdict.sound(), List.of(hit),
                Optional.of(tourist("AUS")), Optional.empty(), ManifestFact.notChecked(), Optional.empty(), TODAY);

        Proposal p = policy.propose(facts);

        assertThat(p.outcome()).isEqualTo(ProposalOutcome.REFER);
        assertThat(p.reasons()).extracting(Reason::code).containsExactly(ReferralReason.DOCUMENT_ALERT);
        assertThat(p.reasons().get(0).detail()).contains("SEIZE_DOCUMENT");
    }

    @Test
    void refersAnExpiredPassportNeverRefusingAtTheBooth() {
        EligibilityDecision e = eligibility("AUS", Purpose.TOURISM, TODAY.minusDays(3), null);
        PrimaryFacts facts = new PrimaryFacts(Direction.ENTRY, TravellerRole.PASSENGER,
                new DocumentVerdict(true, true, ExpiryStatus.EXPIRED, List.of()), List.of(), Optional.of(e), Optional.empty(),
                ManifestFact.notChecked(), Optional.empty(), TODAY);

        Proposal p = policy.propose(facts);

        assertThat(p.outcome()).isEqualTo(ProposalOutcome.REFER);
        assertThat(p.reasons()).extracting(Reason::code).contains(ReferralReason.DOCUMENT_EXPIRED, ReferralReason.NOT_ELIGIBLE);
        assertThat(p.reasons()).filteredOn(r -> r.code() == ReferralReason.NOT_ELIGIBLE)
                .allSatisfy(r -> assertThat(r.provision()).contains("Immigration Regulations 2006, §PASSPORT"));
    }

    @Test
    void refersAZoneWithBadCheckDigitsNamingTheProblem() {
        PrimaryFacts facts = new PrimaryFacts(Direction.ENTRY, TravellerRole.PASSENGER,
                new DocumentVerdict(false, true, ExpiryStatus.VALID, List.of("Line 2, position 10: document number check digit")),
                List.of(), Optional.of(tourist("AUS")), Optional.empty(), ManifestFact.notChecked(), Optional.empty(), TODAY);

        Proposal p = policy.propose(facts);

        assertThat(p.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(ReferralReason.DOCUMENT_INVALID);
            assertThat(r.detail()).contains("document number check digit");
        });
    }

    @Test
    void admitsACrewMemberForShoreLeaveUnderTheCrewRules() {
        EligibilityDecision e = eligibility("PHL", Purpose.CREW, TODAY.plusYears(3), null);

        Proposal p = policy.propose(entry(TravellerRole.CREW, e));

        assertThat(p.outcome()).isEqualTo(ProposalOutcome.ADMIT);
        assertThat(p.conditions()).contains(PrimaryInspectionPolicy.CREW_CONDITION);
        // crew are exempt from the onward ticket and funds requirements
        assertThat(p.conditions()).noneMatch(c -> c.contains("§ONWARD-TICKET") || c.contains("§FUNDS"));
    }

    @Test
    void refersACrewMemberTheCarrierListedAsAPassenger() {
        EligibilityDecision e = eligibility("PHL", Purpose.CREW, TODAY.plusYears(3), null);
        PrimaryFacts facts = new PrimaryFacts(Direction.ENTRY, TravellerRole.CREW, DocumentVerdict.sound(), List.of(),
                Optional.of(e), Optional.empty(), new ManifestFact(ManifestStatus.MISMATCH,
                List.of("role: manifest says PASSENGER"), Optional.of("PW"), Optional.of("PW101")), Optional.empty(), TODAY);

        Proposal p = policy.propose(facts);

        assertThat(p.outcome()).isEqualTo(ProposalOutcome.REFER);
        assertThat(p.reasons()).extracting(Reason::code).containsExactly(ReferralReason.MANIFEST_MISMATCH);
        assertThat(p.reasons().get(0).detail()).contains("role: manifest says PASSENGER");
    }

    @Test
    void flagsAnOverstayerOnExitWithTheDaysOver() {
        PrimaryFacts facts = new PrimaryFacts(Direction.EXIT, TravellerRole.PASSENGER, DocumentVerdict.sound(), List.of(),
                Optional.empty(), Optional.empty(), ManifestFact.notChecked(),
                Optional.of(new StayFact(Optional.of("VOA"), Optional.of(TODAY.minusDays(12)))), TODAY);

        Proposal p = policy.propose(facts);

        assertThat(p.outcome()).isEqualTo(ProposalOutcome.ADMIT);
        assertThat(p.flags()).contains("OVERSTAYED");
        assertThat(p.daysOverstayed()).isEqualTo(12);
    }

    @Test
    void doesNotFlagATravellerLeavingOnTheLastPermittedDay() {
        PrimaryFacts facts = new PrimaryFacts(Direction.EXIT, TravellerRole.PASSENGER, DocumentVerdict.sound(), List.of(),
                Optional.empty(), Optional.empty(), ManifestFact.notChecked(),
                Optional.of(new StayFact(Optional.of("VOA"), Optional.of(TODAY))), TODAY);

        Proposal p = policy.propose(facts);

        assertThat(p.flags()).doesNotContain("OVERSTAYED");
        assertThat(p.daysOverstayed()).isZero();
    }

    @Test
    void refersAnAlertedTravellerOnExit() {
        HitFact hit = new HitFact(UUID.randomUUID(), HitKind.PERSON, "STRONG", "ARREST", "");
        PrimaryFacts facts = new PrimaryFacts(Direction.EXIT, TravellerRole.PASSENGER, DocumentVerdict.sound(), List.of(hit),
                Optional.empty(), Optional.empty(), ManifestFact.notChecked(), Optional.empty(), TODAY);

        Proposal p = policy.propose(facts);

        assertThat(p.outcome()).isEqualTo(ProposalOutcome.REFER);
        assertThat(p.flags()).contains("NO_RECORDED_ENTRY");
    }

    @Test
    void refersATravellerNoCarrierDeclaredOnlyWhenConfiguredTo() {
        PrimaryFacts facts = new PrimaryFacts(Direction.ENTRY, TravellerRole.PASSENGER, DocumentVerdict.sound(), List.of(),
                Optional.of(tourist("AUS")), Optional.empty(),
                new ManifestFact(ManifestStatus.NOT_MANIFESTED, List.of(), Optional.empty(), Optional.empty()), Optional.empty(), TODAY);

        assertThat(policy.propose(facts).outcome()).isEqualTo(ProposalOutcome.ADMIT);
        assertThat(policy.propose(facts).flags()).contains("NOT_MANIFESTED");
        assertThat(new PrimaryInspectionPolicy(true).propose(facts).outcome()).isEqualTo(ProposalOutcome.REFER);
    }

    @Test
    void neverProposesARefusal() {
        assertThatThrownBy(() -> new Proposal(ProposalOutcome.REFUSE, Optional.empty(), Optional.empty(), List.of(),
                List.of(Reason.of(ReferralReason.ALERT_HIT, "x")), List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}

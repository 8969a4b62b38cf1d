package org.atoll.manifest.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.atoll.alert.AlertScreeningResult;
import org.atoll.alert.AlertScreeningResult.DocumentAlertHit;
import org.atoll.alert.AlertScreeningResult.PersonAlertHit;
import org.atoll.regulation.Outcome;
import org.junit.jupiter.api.Test;

class PreArrivalPolicyTest {

    private static final EntryCheck ELIGIBLE = EntryCheck.decided(Outcome.ELIGIBLE, "visa on arrival", false);

    private static PersonAlertHit personHit(String band, String action) {
        return new PersonAlertHit(UUID.randomUUID(), UUID.randomUUID(), 0.97, band, action, "Duty officer +680 1",
                true, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "");
    }

    private static DocumentAlertHit documentHit() {
        return new DocumentAlertHit(UUID.randomUUID(), UUID.randomUUID(), "SEIZE_DOCUMENT", "", true, "PLW:P1234567",
                Optional.of("STOLEN"), Optional.empty(), Optional.empty());
    }

    @Test
    void aPersonWithNoHitWhomTheRulesAdmitIsClear() {
        PreArrivalVerdict v = PreArrivalPolicy.verdict(AlertScreeningResult.none(), ELIGIBLE);

        assertThat(v.status()).isEqualTo(ScreeningStatus.CLEAR);
        assertThat(v.reasons()).isEmpty();
        assertThat(v.hitIds()).isEmpty();
    }

    @Test
    void aPossiblePersonMatchRefersWithTheActionOnHitAndKeepsTheHitId() {
        PersonAlertHit hit = personHit("POSSIBLE", "REFER_TO_SECONDARY");

        PreArrivalVerdict v = PreArrivalPolicy.verdict(new AlertScreeningResult(List.of(hit), List.of()), ELIGIBLE);

        assertThat(v.status()).isEqualTo(ScreeningStatus.REFER);
        assertThat(v.reasons()).singleElement().asString().contains("POSSIBLE").contains("REFER_TO_SECONDARY");
        assertThat(v.hitIds()).containsExactly(hit.hitId());
    }

    @Test
    void aDocumentAlertRefersNamingTheDocumentAndItsType() {
        DocumentAlertHit hit = documentHit();

        PreArrivalVerdict v = PreArrivalPolicy.verdict(new AlertScreeningResult(List.of(), List.of(hit)), ELIGIBLE);

        assertThat(v.status()).isEqualTo(ScreeningStatus.REFER);
        assertThat(v.reasons()).singleElement().asString().contains("PLW:P1234567").contains("STOLEN").contains("SEIZE_DOCUMENT");
        assertThat(v.hitIds()).containsExactly(hit.hitId());
    }

    @Test
    void aVisaRequiredAndNotHeldIsVisaNeeded() {
        PreArrivalVerdict v = PreArrivalPolicy.verdict(AlertScreeningResult.none(),
                EntryCheck.decided(Outcome.VISA_REQUIRED, "BGD nationals need a visa before travel", false));

        assertThat(v.status()).isEqualTo(ScreeningStatus.VISA_NEEDED);
        assertThat(v.visaNeeded()).isTrue();
        assertThat(v.reasons()).singleElement().asString().contains("none held");
    }

    @Test
    void aVisaRequiredAndHeldIsClear() {
        PreArrivalVerdict v = PreArrivalPolicy.verdict(AlertScreeningResult.none(),
                EntryCheck.decided(Outcome.VISA_REQUIRED, "needs a visa", true));

        assertThat(v.status()).isEqualTo(ScreeningStatus.CLEAR);
        assertThat(v.visaNeeded()).isFalse();
    }

    @Test
    void anAlertHitOutranksAMissingVisaButTheMissingVisaIsStillFlagged() {
        PreArrivalVerdict v = PreArrivalPolicy.verdict(new AlertScreeningResult(List.of(personHit("STRONG", "ARREST")), List.of()),
                EntryCheck.decided(Outcome.VISA_REQUIRED, "needs a visa", false));

        assertThat(v.status()).isEqualTo(ScreeningStatus.REFER);
        assertThat(v.visaNeeded()).isTrue();
        assertThat(v.reasons()).hasSize(2);
    }

    @Test
    void aRefusalByTheRulesRefers() {
        PreArrivalVerdict v = PreArrivalPolicy.verdict(AlertScreeningResult.none(),
                EntryCheck.decided(Outcome.NOT_ELIGIBLE, "passport expires within six months", false));

        assertThat(v.status()).isEqualTo(ScreeningStatus.REFER);
        assertThat(v.reasons()).singleElement().asString().contains("not eligible").contains("six months");
    }

    @Test
    void rulesThatCouldNotBeAskedAreNamedWithoutReferringThePerson() {
        PreArrivalVerdict v = PreArrivalPolicy.verdict(AlertScreeningResult.none(), EntryCheck.notChecked("no nationality declared"));

        assertThat(v.status()).isEqualTo(ScreeningStatus.CLEAR);
        assertThat(v.reasons()).singleElement().asString().contains("not checked").contains("no nationality");
    }
}

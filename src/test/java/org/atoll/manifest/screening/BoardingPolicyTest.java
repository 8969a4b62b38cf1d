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

class BoardingPolicyTest {

    private static final EntryCheck ELIGIBLE = EntryCheck.decided(Outcome.ELIGIBLE, "visa on arrival", false);

    private static AlertScreeningResult person(String band, String action) {
        return new AlertScreeningResult(List.of(new PersonAlertHit(UUID.randomUUID(), UUID.randomUUID(), 0.9, band, action,
                "", true, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "")), List.of());
    }

    private static AlertScreeningResult document(String action) {
        return new AlertScreeningResult(List.of(), List.of(new DocumentAlertHit(UUID.randomUUID(), UUID.randomUUID(), action,
                "", true, "AUS:PA1", Optional.of("STOLEN"), Optional.empty(), Optional.empty())));
    }

    @Test
    void aClearPassengerBoards() {
        assertThat(BoardingPolicy.decide(AlertScreeningResult.none(), ELIGIBLE).answer()).isEqualTo(BoardingAnswer.BOARD);
    }

    @Test
    void aStrongMatchToARefuseEntryAlertMayNotBoard() {
        assertThat(BoardingPolicy.decide(person("STRONG", "REFUSE_ENTRY"), ELIGIBLE).answer()).isEqualTo(BoardingAnswer.DO_NOT_BOARD);
    }

    @Test
    void aPossibleMatchToARefuseEntryAlertNeedsTheAuthority() {
        assertThat(BoardingPolicy.decide(person("POSSIBLE", "REFUSE_ENTRY"), ELIGIBLE).answer())
                .isEqualTo(BoardingAnswer.CONTACT_AUTHORITY);
    }

    @Test
    void anArrestAlertNeedsTheAuthority() {
        assertThat(BoardingPolicy.decide(person("STRONG", "ARREST"), ELIGIBLE).answer()).isEqualTo(BoardingAnswer.CONTACT_AUTHORITY);
    }

    @Test
    void aDiscreetCheckIsNeverRevealedToTheCarrierButStaysInTheReasons() {
        BoardingPolicy.Decision d = BoardingPolicy.decide(person("STRONG", "DISCREET_CHECK"), ELIGIBLE);

        assertThat(d.answer()).isEqualTo(BoardingAnswer.BOARD);
        assertThat(d.reasons()).singleElement().asString().contains("DISCREET_CHECK");
    }

    @Test
    void aDocumentToSeizeMayNotBoard() {
        assertThat(BoardingPolicy.decide(document("SEIZE_DOCUMENT"), ELIGIBLE).answer()).isEqualTo(BoardingAnswer.DO_NOT_BOARD);
    }

    @Test
    void aVisaRequiredAndNotHeldMayNotBoardButHeldMay() {
        assertThat(BoardingPolicy.decide(AlertScreeningResult.none(), EntryCheck.decided(Outcome.VISA_REQUIRED, "visa", false))
                .answer()).isEqualTo(BoardingAnswer.DO_NOT_BOARD);
        assertThat(BoardingPolicy.decide(AlertScreeningResult.none(), EntryCheck.decided(Outcome.VISA_REQUIRED, "visa", true))
                .answer()).isEqualTo(BoardingAnswer.BOARD);
    }

    @Test
    void theWorstAnswerWins() {
        assertThat(BoardingPolicy.decide(person("POSSIBLE", "REFER_TO_SECONDARY"),
                EntryCheck.decided(Outcome.NOT_ELIGIBLE, "passport too short", false)).answer()).isEqualTo(BoardingAnswer.DO_NOT_BOARD);
    }

    @Test
    void failedScreeningNeedsTheAuthority() {
        assertThat(BoardingPolicy.failed("refused").answer()).isEqualTo(BoardingAnswer.CONTACT_AUTHORITY);
    }
}

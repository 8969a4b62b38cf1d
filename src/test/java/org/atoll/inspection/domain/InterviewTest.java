package org.atoll.inspection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class InterviewTest {

    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    private Interview anInterview() {
        return Interview.start(UUID.randomUUID(), "sec-1", START, "English", Optional.empty(),
                List.of(new Interview.Answer("PURPOSE", "What is the purpose of your visit?", "")));
    }

    @Test
    void recordsAnswersWhileOpenAndKeepsThemOnceClosed() {
        Interview i = anInterview();
        i.record(List.of(new Interview.Answer("PURPOSE", "What is the purpose of your visit?", "Diving holiday")), "Bengali",
                Optional.of("R. Ngiraked"), "Passport, return ticket");
        i.close(START.plusSeconds(900));

        assertThat(i.closed()).isTrue();
        assertThat(i.answers()).extracting(Interview.Answer::answer).containsExactly("Diving holiday");
        assertThat(i.language()).isEqualTo("Bengali");
        assertThat(i.interpreter()).contains("R. Ngiraked");
    }

    @Test
    void refusesAnyChangeToTheNotesAfterClosingButTakesADatedAddendum() {
        Interview i = anInterview();
        i.close(START.plusSeconds(600));

        assertThatThrownBy(() -> i.record(List.of(new Interview.Answer("PURPOSE", "q", "changed")), "English", Optional.empty(), ""))
                .isInstanceOf(InterviewClosedException.class).hasMessageContaining("addendum");
        assertThatThrownBy(() -> i.close(START.plusSeconds(700))).isInstanceOf(InterviewClosedException.class);

        Interview.Addendum a = i.addAddendum(START.plusSeconds(3600), "sec-2", "Hotel booking confirmed by phone.");
        assertThat(a.writtenAt()).isEqualTo(START.plusSeconds(3600));
        assertThat(i.addenda()).containsExactly(a);
        assertThat(i.answers()).extracting(Interview.Answer::answer).containsExactly("");
    }

    @Test
    void anAddendumIsOnlyForAClosedInterview() {
        assertThatThrownBy(() -> anInterview().addAddendum(START, "sec-1", "note")).isInstanceOf(InterviewClosedException.class);
    }

    @Test
    void aRefusalWithoutGroundsOrReasonIsRejected() {
        Set<String> inForce = Set.of("Immigration Regulations 2006, §FUNDS");
        assertThat(RefusalGrounds.problems(List.of(), "", inForce)).containsOnlyKeys("grounds", "reason");
        assertThat(RefusalGrounds.problems(List.of("Made-up Act, §1"), "Insufficient funds for the stay.", inForce))
                .containsOnlyKeys("grounds");
        assertThat(RefusalGrounds.problems(List.of("Immigration Regulations 2006, §FUNDS"), "Insufficient funds for the stay.", inForce))
                .isEmpty();
    }
}

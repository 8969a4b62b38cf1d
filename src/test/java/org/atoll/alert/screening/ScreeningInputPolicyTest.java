package org.atoll.alert.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScreeningInputPolicyTest {

    private final ScreeningEngine engine = WatchlistFixture.engine(false);

    @Test
    void refusesATenThousandCharacterName() {
        String absurd = "A".repeat(10_000);
        assertThatThrownBy(() -> engine.screen(ScreeningQuery.forName(absurd).build()))
                .isInstanceOfSatisfying(InvalidScreeningInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("names[0]");
                    assertThat(e.getMessage()).contains("longer than 200 characters");
                });
    }

    @Test
    void refusesControlCharactersInNames() {
        assertThatThrownBy(() -> engine.screen(ScreeningQuery.forName("JOHN\u0000SMITH").build()))
                .isInstanceOf(InvalidScreeningInputException.class).hasMessageContaining("control characters");
        assertThatThrownBy(() -> engine.screen(ScreeningQuery.forName("JOHN\u202ESMITH").build()))
                .isInstanceOf(InvalidScreeningInputException.class);
        assertThatThrownBy(() -> engine.screen(ScreeningQuery.forName("JOHN\uD800SMITH").build()))
                .isInstanceOf(InvalidScreeningInputException.class);
    }

    @Test
    void refusesNamesWithoutLettersOrWithTooManyParts() {
        assertThatThrownBy(() -> engine.screen(ScreeningQuery.forName("12345 !!!").build()))
                .isInstanceOf(InvalidScreeningInputException.class).hasMessageContaining("no letters");
        assertThatThrownBy(() -> engine.screen(ScreeningQuery.forName("A B C D E F G H I J K L M N O P Q").build()))
                .isInstanceOf(InvalidScreeningInputException.class).hasMessageContaining("name parts");
    }

    @Test
    void refusesTooManyNamesAndAbsurdDocumentNumbers() {
        ScreeningQuery.Builder many = ScreeningQuery.builder();
        for (int i = 0; i < 9; i++) many.name("Name Number");
        assertThatThrownBy(() -> engine.screen(many.build())).isInstanceOf(InvalidScreeningInputException.class);
        assertThatThrownBy(() -> engine.screen(ScreeningQuery.forName("Ann Lee").document("PLW", "9".repeat(5_000)).build()))
                .isInstanceOfSatisfying(InvalidScreeningInputException.class, e -> assertThat(e.field()).isEqualTo("documents[0].number"));
    }

    @Test
    void acceptsLongButRealisticNamesInAnyScript() {
        assertThat(engine.screen(ScreeningQuery.forName("Abdul Qader Abdul Aziz Abdul Moez Al Doctor").build())).isNotNull();
        assertThat(engine.screen(ScreeningQuery.forName("محمد صلاح الدين عبدالحليم زيدان").build()).candidates())
                .extracting(Candidate::externalReference).contains("QDi.001");
    }
}

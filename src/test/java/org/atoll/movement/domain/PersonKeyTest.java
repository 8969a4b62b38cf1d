package org.atoll.movement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class PersonKeyTest {

    static final Optional<LocalDate> BORN = Optional.of(LocalDate.of(1988, 7, 4));

    @Test
    void namesWrittenDifferentlyOnTwoPassportsGiveTheSameKey() {
        assertThat(PersonKey.of("Dela-Cruz", "María  José", BORN, "PHL"))
                .isEqualTo(PersonKey.of("DELA CRUZ", "MARIA JOSE", BORN, "phl"));
    }

    @Test
    void anotherBirthDateNationalityOrNameGivesAnotherKey() {
        Optional<String> key = PersonKey.of("TAN", "LEI", BORN, "SGP");

        assertThat(PersonKey.of("TAN", "LEI", Optional.of(LocalDate.of(1988, 7, 5)), "SGP")).isNotEqualTo(key);
        assertThat(PersonKey.of("TAN", "LEI", BORN, "MYS")).isNotEqualTo(key);
        assertThat(PersonKey.of("TAN", "LI", BORN, "SGP")).isNotEqualTo(key);
        assertThat(PersonKey.of("TANLEI", "", BORN, "SGP")).isNotEqualTo(key);
    }

    @Test
    void withoutADateOfBirthThereIsNoKey() {
        assertThat(PersonKey.of("TAN", "LEI", Optional.empty(), "SGP")).isEmpty();
    }
}

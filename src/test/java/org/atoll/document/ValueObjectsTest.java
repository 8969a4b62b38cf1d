package org.atoll.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueObjectsTest {

    @Nested
    class PartialDates {

        @Test
        void writesAndReadsTheThreePrecisionsAsIso() {
            assertThat(PartialDate.parse("1974")).isEqualTo(PartialDate.ofYear(1974)).hasToString("1974");
            assertThat(PartialDate.parse("1974-08")).isEqualTo(PartialDate.ofYearMonth(1974, 8)).hasToString("1974-08");
            assertThat(PartialDate.parse("1974-08-12")).isEqualTo(PartialDate.of(1974, 8, 12)).hasToString("1974-08-12");
            assertThat(PartialDate.ofYear(5).toString()).isEqualTo("0005");
        }

        @Test
        void knowsItsPrecisionAndRange() {
            PartialDate month = PartialDate.ofYearMonth(2024, 2);
            assertThat(month.precision()).isEqualTo(PartialDate.Precision.MONTH);
            assertThat(month.earliest()).isEqualTo(LocalDate.of(2024, 2, 1));
            assertThat(month.latest()).isEqualTo(LocalDate.of(2024, 2, 29));
            assertThat(month.toLocalDate()).isEmpty();
            assertThat(month.day()).isEmpty();
            assertThat(month.month()).hasValue(2);
            assertThat(PartialDate.ofYear(1974).latest()).isEqualTo(LocalDate.of(1974, 12, 31));
            assertThat(PartialDate.of(1974, 8, 12).toLocalDate()).contains(LocalDate.of(1974, 8, 12));
        }

        @Test
        void tellsWhichDatesItCouldBe() {
            assertThat(PartialDate.ofYear(1974).couldBe(LocalDate.of(1974, 8, 12))).isTrue();
            assertThat(PartialDate.ofYearMonth(1974, 7).couldBe(LocalDate.of(1974, 8, 12))).isFalse();
            assertThat(PartialDate.ofYear(1974).isCompatibleWith(PartialDate.of(1974, 8, 12))).isTrue();
            assertThat(PartialDate.ofYearMonth(1974, 7).isCompatibleWith(PartialDate.ofYearMonth(1974, 8))).isFalse();
        }

        @Test
        void ordersByEarliestDayThenLessPreciseFirst() {
            assertThat(PartialDate.ofYear(1974)).isLessThan(PartialDate.of(1974, 1, 1));
            assertThat(PartialDate.of(1974, 1, 2)).isGreaterThan(PartialDate.ofYear(1974));
        }

        @ParameterizedTest
        @ValueSource(strings = {"1974-02-30", "1974-13", "1974-00", "74", "1974-8-12", "abcd", "2023-02-29", "0000"})
        void refusesDatesThatDoNotExist(String text) {
            assertThatThrownBy(() -> PartialDate.parse(text)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Names {

        @Test
        void keepsSingleSpacesBetweenComponents() {
            PersonName name = new PersonName("  DE  LA CRUZ ", "MARIA\tJOSE");
            assertThat(name.primaryIdentifier()).isEqualTo("DE LA CRUZ");
            assertThat(name.primaryComponents()).containsExactly("DE", "LA", "CRUZ");
            assertThat(name.secondaryComponents()).containsExactly("MARIA", "JOSE");
            assertThat(name.fullName()).isEqualTo("MARIA JOSE DE LA CRUZ");
        }

        @Test
        void allowsOnePartButNotNone() {
            assertThat(PersonName.of(null, "ANNA").fullName()).isEqualTo("ANNA");
            assertThat(PersonName.of("ABDULLAH", null).fullName()).isEqualTo("ABDULLAH");
            assertThatThrownBy(() -> new PersonName(" ", "")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class DocumentNumbers {

        @Test
        void cleansANumberTypedInAForm() {
            assertThat(DocumentNumber.of(" l898-902 c3<")).isEqualTo(new DocumentNumber("L898902C3"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "L898<902", "l898", "L89 8", "ÄB12"})
        void refusesAnythingButLettersAndDigits(String value) {
            assertThatThrownBy(() -> new DocumentNumber(value)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void refusesNumbersLongerThanAnyDocumentHolds() {
            assertThatThrownBy(() -> new DocumentNumber("1".repeat(36))).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class DocumentCodes {

        @Test
        void readsTheFillerAsNoSecondLetter() {
            assertThat(DocumentCode.fromMrz('P', '<')).isEqualTo(new DocumentCode("P"));
            assertThat(DocumentCode.fromMrz('P', 'O').toMrz()).isEqualTo("PO");
            assertThat(new DocumentCode("I").toMrz()).isEqualTo("I<");
        }

        @Test
        void tellsTheDocumentType() {
            assertThat(new DocumentCode("PO").isPassport()).isTrue();
            assertThat(new DocumentCode("VB").isVisa()).isTrue();
            assertThat(new DocumentCode("AC").isIdentityDocument()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "P1", "1", "PPP", "p"})
        void refusesCodesThatAreNotOneOrTwoLetters(String code) {
            assertThatThrownBy(() -> new DocumentCode(code)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Sexes {

        @Test
        void readsFormValues() {
            assertThat(Sex.parse("f")).isEqualTo(Sex.FEMALE);
            assertThat(Sex.parse("MALE")).isEqualTo(Sex.MALE);
            assertThat(Sex.parse("X")).isEqualTo(Sex.UNSPECIFIED);
            assertThatThrownBy(() -> Sex.parse("Q")).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void readsOnlyTheThreeMrzCodes() {
            assertThat(Sex.fromMrzCode('<')).isEqualTo(Sex.UNSPECIFIED);
            assertThat(Sex.fromMrzCode('X')).isNull();
        }
    }
}

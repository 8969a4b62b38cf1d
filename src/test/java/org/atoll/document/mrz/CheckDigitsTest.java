package org.atoll.document.mrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckDigitsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // ICAO 9303-3 §4.9 worked example and the specimen fields.
            "520727,3", "L898902C3,6", "740812,2", "120415,9", "ZE184226B<<<<<,1", "D23145890,7", "<<<<<<,0", "AB2134<<<,5"})
    void computesTheIcaoCheckDigit(String field, char digit) {
        assertThat(CheckDigits.compute(field)).isEqualTo(digit);
        assertThat(CheckDigits.compute(field.toCharArray(), 0, field.length())).isEqualTo(digit);
    }

    @Test
    void valuesDigitsLettersAndTheFiller() {
        assertThat(CheckDigits.value('7')).isEqualTo(7);
        assertThat(CheckDigits.value('A')).isEqualTo(10);
        assertThat(CheckDigits.value('Z')).isEqualTo(35);
        assertThat(CheckDigits.value('<')).isZero();
        assertThat(CheckDigits.value('a')).isEqualTo(-1);
        assertThat(CheckDigits.value('é')).isEqualTo(-1);
    }

    @Test
    void computesACompositeAsIfItsRangesWereOneString() {
        Random random = new Random(1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<";
        for (int i = 0; i < 2_000; i++) {
            char[] chars = new char[60];
            for (int k = 0; k < chars.length; k++) {
                chars[k] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            int a = random.nextInt(20);
            int b = a + random.nextInt(20);
            int c = b + random.nextInt(5);
            int d = c + random.nextInt(60 - c);
            String joined = new String(chars, a, b - a) + new String(chars, c, d - c);
            assertThat(CheckDigits.computeComposite(chars, a, b, c, d)).as(joined).isEqualTo(CheckDigits.compute(joined));
        }
    }

    @Test
    void refusesCharactersOutsideTheAlphabet() {
        assertThatThrownBy(() -> CheckDigits.compute("ab")).isInstanceOf(IllegalArgumentException.class);
    }
}

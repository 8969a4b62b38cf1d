package org.atoll.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.atoll.document.MrzReadingTest.ICAO_TD1;
import static org.atoll.document.MrzReadingTest.ICAO_TD2;
import static org.atoll.document.MrzReadingTest.ICAO_TD3;
import static org.atoll.document.MrzReadingTest.TODAY;

import java.time.Clock;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Desk readers type the zone like a keyboard; what they add that cannot change the data is accepted. */
class ScannedInputTest {

    final MachineReadableZones zones = new MachineReadableZones(TestCodes.ICAO_SAMPLE, Clock.systemUTC());
    final MrzReading reference = zones.read(ICAO_TD3, TODAY);

    private MrzReading read(String scanned) {
        return zones.read(scanned, TODAY);
    }

    private AbstractThrowableAssert<?, ? extends Throwable> refused(String scanned, int line, int position) {
        return assertThatThrownBy(() -> read(scanned))
                .isInstanceOfSatisfying(MrzSyntaxException.class, e -> {
                    assertThat(e.line()).as("line").isEqualTo(line);
                    assertThat(e.position()).as("position").isEqualTo(position);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void acceptsAnyLineBreak(String lineBreak) {
        MrzReading r = read(ICAO_TD3.replace("\n", lineBreak));
        assertThat(r.valid()).isTrue();
        assertThat(r.lines()).isEqualTo(reference.lines());
    }

    @Test
    void acceptsTheLinesTypedWithoutLineBreaks() {
        assertThat(read(ICAO_TD3.replace("\n", "")).lines()).isEqualTo(reference.lines());
        assertThat(read(ICAO_TD2.replace("\n", "")).format()).isEqualTo(MrzFormat.TD2);
        assertThat(read(ICAO_TD1.replace("\n", "")).format()).isEqualTo(MrzFormat.TD1);
    }

    @Test
    void removesTrailingBlanksAndAFinalEmptyLine() {
        MrzReading r = read(ICAO_TD3.replace("\n", "  \r\n") + " \t\r\n\r\n");
        assertThat(r.valid()).isTrue();
        assertThat(r.lines()).isEqualTo(reference.lines());
    }

    @Test
    void refusesLowerCaseWithWhereItIs() {
        refused(ICAO_TD3.toLowerCase(), 1, 1).hasMessageContaining("lower-case").hasMessageContaining("upper case");
        refused(ICAO_TD3.replace("ERIKSSON", "ERIKsSON"), 1, 10);
    }

    @Test
    void refusesBlanksInsideOrBeforeALine() {
        refused(ICAO_TD3.replace("ANNA<MARIA", "ANNA MARIA"), 1, 20).hasMessageContaining("'<'");
        refused(" " + ICAO_TD3, 1, 1);
    }

    @Test
    void refusesCharactersOutsideTheAlphabetNamingThem() {
        refused(ICAO_TD3.replace("ERIKSSON", "ÉRIKSSON"), 1, 6).hasMessageContaining("U+00C9");
        refused(ICAO_TD3.replace("L898902C3", "L898902C-"), 2, 9).hasMessageContaining("'-'");
        refused(ICAO_TD3.replace("ANNA", "AN\uD83D\uDE00A"), 1, 18).hasMessageContaining("U+1F600");
    }

    @Test
    void refusesAnEmptyLineBetweenLines() {
        refused(ICAO_TD3.replace("\n", "\n\n"), 2, 1).hasMessageContaining("empty");
    }

    @Test
    void refusesTheWrongNumberOfLines() {
        refused(ICAO_TD1 + "\n" + ICAO_TD1.split("\n")[0], 4, 0).hasMessageContaining("2 or 3 lines");
        refused(ICAO_TD3.split("\n")[0], 1, 45).hasMessageContaining("72, 88 or 90");
    }

    @Test
    void refusesLinesOfTheWrongLength() {
        refused(ICAO_TD3.substring(0, ICAO_TD3.length() - 1), 2, 44).hasMessageContaining("43 characters");
        refused(ICAO_TD3 + "<", 2, 45);
        refused(ICAO_TD2.split("\n")[0] + "\n" + ICAO_TD3.split("\n")[1], 2, 37);
        refused("P<UTO\nL898", 1, 6).hasMessageContaining("36").hasMessageContaining("44");
        refused(ICAO_TD3 + "\n" + ICAO_TD3.split("\n")[1], 1, 31).hasMessageContaining("30");
    }

    @Test
    void refusesNothingAtAll() {
        assertThatThrownBy(() -> read(null)).isInstanceOf(MrzSyntaxException.class);
        refused("", 0, 0);
        refused(" \n \r\n", 0, 0);
    }

    @Test
    void doesNotCorrectOcrConfusions() {
        MrzReading r = read(ICAO_TD3.replace("7408122F", "74O8122F"));
        assertThat(r.valid()).isFalse();
        assertThat(r.errors()).extracting(MrzError::field).contains(MrzField.DATE_OF_BIRTH);
    }
}

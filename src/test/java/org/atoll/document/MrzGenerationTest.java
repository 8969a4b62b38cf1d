package org.atoll.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Writing zones from fields; the expected lines are real specimens (see mrz-specimens.json). */
class MrzGenerationTest {

    final MachineReadableZones zones = new MachineReadableZones(TestCodes.ICAO_SAMPLE, Clock.systemUTC());

    private String generate(MrzFields.Builder fields) {
        return zones.generate(fields.build()).text();
    }

    private static MrzFields.Builder eriksson(MrzFormat format) {
        return MrzFields.builder(format).issuingState("UTO").name("Eriksson", "Anna Maria").documentNumber("L898902C3")
                .nationality("UTO").dateOfBirth(LocalDate.of(1974, 8, 12)).sex(Sex.FEMALE).dateOfExpiry(LocalDate.of(2012, 4, 15));
    }

    @Nested
    class Specimens {

        @Test
        void writesTheIcaoPassportSpecimen() {
            assertThat(generate(eriksson(MrzFormat.TD3).optionalData("ZE184226B"))).isEqualTo(MrzReadingTest.ICAO_TD3);
        }

        @Test
        void writesTheIcaoCardSpecimens() {
            assertThat(generate(eriksson(MrzFormat.TD1).documentNumber("D23145890"))).isEqualTo(MrzReadingTest.ICAO_TD1);
            assertThat(generate(eriksson(MrzFormat.TD2).documentNumber("D23145890"))).isEqualTo(MrzReadingTest.ICAO_TD2);
        }

        @Test
        void writesAFullSizeVisaDroppingTheApostrophe() {
            String zone = generate(MrzFields.builder(MrzFormat.MRV_A).documentCode("VB").issuingState("GBR")
                    .name("O'Connor", "Enya Siobhan").documentNumber("511427847").nationality("DOM")
                    .dateOfBirth(LocalDate.of(1975, 10, 22)).sex(Sex.MALE).dateOfExpiry(LocalDate.of(2015, 6, 11)).optionalData("08"));
            assertThat(zone).isEqualTo("VBGBROCONNOR<<ENYA<SIOBHAN<<<<<<<<<<<<<<<<<<\n5114278475DOM7510223M150611808<<<<<<<<<<<<<<");
        }

        @Test
        void writesASmallVisaTurningTheHyphenIntoAFiller() {
            String zone = generate(MrzFields.builder(MrzFormat.MRV_B).issuingState("FIN").name("Smith-Jones", "Susie Margaret")
                    .documentNumber("L898902C").nationality("USA").dateOfBirth(LocalDate.of(1969, 8, 6)).sex(Sex.FEMALE)
                    .dateOfExpiry(LocalDate.of(1994, 6, 23)).optionalData("ZE184226"));
            assertThat(zone).isEqualTo("V<FINSMITH<JONES<<SUSIE<MARGARET<<<<\nL898902C<3USA6908061F9406236ZE184226");
        }

        @Test
        void writesAOneLetterStateCodeAndAFillerForAnUnusedPersonalNumber() {
            String zone = generate(MrzFields.builder(MrzFormat.TD3).issuingState("D").name("Mustermann", "Erika")
                    .documentNumber("C01X0006H").nationality("D").dateOfBirth(LocalDate.of(1964, 8, 12)).sex(Sex.FEMALE)
                    .dateOfExpiry(LocalDate.of(2017, 10, 31)));
            assertThat(zone).isEqualTo("P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<\nC01X0006H1D<<6408125F1710319<<<<<<<<<<<<<<<0");
        }

        @Test
        void writesATwoLetterPassportCodeWithAFullPersonalNumber() {
            String zone = generate(MrzFields.builder(MrzFormat.TD3).documentCode("PO").issuingState("CHN").name("Abulikemu", "Abula")
                    .documentNumber("E59659321").nationality("CHN").dateOfBirth(LocalDate.of(1997, 1, 7)).sex(Sex.MALE)
                    .dateOfExpiry(LocalDate.of(2025, 10, 7)).optionalData("LAKCLCLMMBKGG9"));
            assertThat(zone).isEqualTo("POCHNABULIKEMU<<ABULA<<<<<<<<<<<<<<<<<<<<<<<\nE596593216CHN9701078M2510077LAKCLCLMMBKGG932");
        }

        @Test
        void continuesALongCardNumberInTheOptionalData() {
            String zone = generate(MrzFields.builder(MrzFormat.TD1).documentCode("ID").issuingState("BEL").name("Specimen", "Specimen")
                    .documentNumber("600001795015").nationality("BEL").dateOfBirth(LocalDate.of(2013, 1, 1)).sex(Sex.FEMALE)
                    .dateOfExpiry(LocalDate.of(2023, 11, 20)).optionalData("", "13010198739"));
            assertThat(zone).isEqualTo("IDBEL600001795<0152<<<<<<<<<<<\n1301014F2311207BEL130101987398\nSPECIMEN<<SPECIMEN<<<<<<<<<<<<");
        }

        @Test
        void transliteratesAndTruncatesAPortugueseName() {
            GeneratedMrz mrz = zones.generate(MrzFields.builder(MrzFormat.TD1).issuingState("PRT").name("Caçador de Araújo", "André Estevão")
                    .documentNumber("007777779ZZ9").nationality("PRT").dateOfBirth(LocalDate.of(1983, 3, 14)).sex(Sex.MALE)
                    .dateOfExpiry(LocalDate.of(2034, 5, 28)).build());
            assertThat(mrz.text()).isEqualTo("I<PRT007777779<ZZ92<<<<<<<<<<<\n8303143M3405282PRT<<<<<<<<<<<2\nCACADOR<DE<ARAUJO<<ANDRE<ESTEV");
            assertThat(mrz.name()).isEqualTo(new PersonName("CACADOR DE ARAUJO", "ANDRE ESTEV"));
            assertThat(mrz.nameTruncated()).isTrue();
        }
    }

    @Nested
    class Names {

        private GeneratedMrz passportFor(String surname, String givenNames) {
            return zones.generate(eriksson(MrzFormat.TD3).name(surname, givenNames).build());
        }

        private String nameField(GeneratedMrz mrz) {
            return mrz.lines().get(0).substring(5);
        }

        @Test
        void transliteratesNationalCharacters() {
            assertThat(nameField(passportFor("Müller-Lüdenscheidt", "Jürgen"))).startsWith("MUELLER<LUEDENSCHEIDT<<JUERGEN<");
            assertThat(nameField(passportFor("Ødegård", "Åse Ærøe"))).startsWith("OEDEGAARD<<AASE<AEROEE<");
            assertThat(nameField(passportFor("Щеглова", "Юлия"))).startsWith("SHCHEGLOVA<<IULIIA<");
            assertThat(nameField(passportFor("Παπαδόπουλος", "Γεώργιος"))).startsWith("PAPADOPOULOS<<GEORGIOS<");
        }

        @Test
        void cutsTheSecondaryIdentifierFirstSoTheLastPositionHoldsALetter() {
            GeneratedMrz mrz = passportFor("Nilavadhanananda", "Chayapa Dejthamrong Krasuang");
            assertThat(nameField(mrz)).isEqualTo("NILAVADHANANANDA<<CHAYAPA<DEJTHAMRONG<K");
            assertThat(mrz.nameTruncated()).isTrue();
            assertThat(mrz.name()).isEqualTo(new PersonName("NILAVADHANANANDA", "CHAYAPA DEJTHAMRONG K"));
        }

        @Test
        void cutsAPrimaryIdentifierOnlyAsFarAsToKeepOneLetterOfTheSecondary() {
            GeneratedMrz mrz = passportFor("Bennelong Woolloomooloo Warrandyte Warnambool", "Jan");
            assertThat(nameField(mrz)).isEqualTo("BENNELONG<WOOLLOOMOOLOO<WARRANDYTE<W<<J");
            assertThat(mrz.name()).isEqualTo(new PersonName("BENNELONG WOOLLOOMOOLOO WARRANDYTE W", "J"));
        }

        @Test
        void cutsAnOnlyPrimaryIdentifierAtTheEndOfTheField() {
            GeneratedMrz mrz = passportFor("Abcdefghij Klmnopqrst Uvwxyzabcd Efghijklmn", "");
            assertThat(nameField(mrz)).isEqualTo("ABCDEFGHIJ<KLMNOPQRST<UVWXYZABCD<EFGHIJ");
        }

        @Test
        void writesANameWithoutPrimaryIdentifierWithALeadingDoubleFiller() {
            assertThat(nameField(passportFor("", "Anna Maria"))).startsWith("<<ANNA<MARIA<<");
        }

        @Test
        void doesNotFlagANameThatFits() {
            assertThat(passportFor("Eriksson", "Anna Maria").nameTruncated()).isFalse();
        }

        @Test
        void refusesANameWithNoMrzForm() {
            assertThatThrownBy(() -> passportFor("王", "小明")).isInstanceOfSatisfying(MrzGenerationException.class,
                    e -> assertThat(e.field()).isEqualTo(MrzField.NAME));
            assertThatThrownBy(() -> passportFor("R2D2", "")).isInstanceOf(MrzGenerationException.class);
            assertThatThrownBy(() -> passportFor("'", "-")).isInstanceOf(MrzGenerationException.class);
        }
    }

    @Nested
    class Fields {

        @Test
        void writesAPartlyUnknownDateOfBirthWithFillers() {
            String zone = generate(eriksson(MrzFormat.TD3).dateOfBirth(PartialDate.ofYear(1974)));
            assertThat(zone.split("\n")[1].substring(13, 20)).isEqualTo("74<<<<" + MrzTestSupport.check("74<<<<"));
            String unknown = generate(eriksson(MrzFormat.TD3).dateOfBirth((PartialDate) null));
            assertThat(unknown.split("\n")[1].substring(13, 20)).isEqualTo("<<<<<<0");
        }

        @Test
        void refusesADocumentNumberLongerThanNineInAPassportOrVisa() {
            assertThatThrownBy(() -> generate(eriksson(MrzFormat.TD3).documentNumber("L898902C34")))
                    .isInstanceOfSatisfying(MrzGenerationException.class, e -> assertThat(e.field()).isEqualTo(MrzField.DOCUMENT_NUMBER));
            assertThatThrownBy(() -> generate(eriksson(MrzFormat.MRV_B).documentNumber("L898902C34")))
                    .isInstanceOf(MrzGenerationException.class);
        }

        @Test
        void refusesACardNumberThatDoesNotFitEvenInTheOptionalData() {
            assertThat(generate(eriksson(MrzFormat.TD1).documentNumber("A".repeat(23)))).isNotEmpty();
            assertThatThrownBy(() -> generate(eriksson(MrzFormat.TD1).documentNumber("A".repeat(24))))
                    .isInstanceOf(MrzGenerationException.class);
            assertThatThrownBy(() -> generate(eriksson(MrzFormat.TD2).documentNumber("A".repeat(16))))
                    .isInstanceOf(MrzGenerationException.class);
            assertThatThrownBy(() -> generate(eriksson(MrzFormat.TD1).documentNumber("A".repeat(20)).optionalData("ABCDEF")))
                    .isInstanceOf(MrzGenerationException.class);
        }

        @Test
        void refusesOptionalDataThatIsTooLongOrOutsideTheAlphabet() {
            assertThatThrownBy(() -> generate(eriksson(MrzFormat.TD3).optionalData("123456789012345")))
                    .isInstanceOfSatisfying(MrzGenerationException.class, e -> assertThat(e.field()).isEqualTo(MrzField.OPTIONAL_DATA));
            assertThatThrownBy(() -> generate(eriksson(MrzFormat.TD3).optionalData("AB-12")))
                    .isInstanceOf(MrzGenerationException.class);
            assertThatThrownBy(() -> generate(eriksson(MrzFormat.TD3).optionalData("A", "B")))
                    .isInstanceOf(MrzGenerationException.class);
            assertThatThrownBy(() -> generate(eriksson(MrzFormat.TD1).optionalData("", "123456789012")))
                    .isInstanceOfSatisfying(MrzGenerationException.class, e -> assertThat(e.field()).isEqualTo(MrzField.OPTIONAL_DATA_2));
        }

        @Test
        void refusesADocumentCodeThatDoesNotFitTheFormat() {
            assertThatThrownBy(() -> generate(eriksson(MrzFormat.TD3).documentCode("V")))
                    .isInstanceOfSatisfying(MrzGenerationException.class, e -> assertThat(e.field()).isEqualTo(MrzField.DOCUMENT_CODE));
            assertThatThrownBy(() -> generate(eriksson(MrzFormat.MRV_A).documentCode("P"))).isInstanceOf(MrzGenerationException.class);
            assertThatThrownBy(() -> generate(eriksson(MrzFormat.TD1).documentCode("P"))).isInstanceOf(MrzGenerationException.class);
            assertThatThrownBy(() -> generate(eriksson(MrzFormat.TD2).documentCode("IV"))).isInstanceOf(MrzGenerationException.class);
        }
    }
}

package org.atoll.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atoll.document.MrzTestSupport.check;
import static org.atoll.document.MrzTestSupport.mrv;
import static org.atoll.document.MrzTestSupport.replaceAt;
import static org.atoll.document.MrzTestSupport.td1;
import static org.atoll.document.MrzTestSupport.td2;
import static org.atoll.document.MrzTestSupport.td3;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MrzReadingTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    // ICAO 9303-4 TD3 specimen (Utopia), from the specimen set (see mrz-specimens.json).
    static final String ICAO_TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10";
    // ICAO 9303-5 TD1 specimen.
    static final String ICAO_TD1 = "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<";
    // ICAO 9303-6 TD2 specimen.
    static final String ICAO_TD2 = "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6";

    final MachineReadableZones zones = new MachineReadableZones(TestCodes.ICAO_SAMPLE, Clock.systemUTC());

    MrzReading read(String zone) {
        return zones.read(zone, TODAY);
    }

    /** The error on a field; changing a check digit also changes the composite, which covers it. */
    static MrzError errorOn(MrzReading reading, MrzField field) {
        return reading.errors().stream().filter(e -> e.field() == field).findFirst()
                .orElseThrow(() -> new AssertionError("No error on " + field + " in " + reading.errors()));
    }

    static MrzError onlyError(MrzReading reading) {
        assertThat(reading.errors()).as("errors").hasSize(1);
        return reading.errors().get(0);
    }

    @Nested
    class Formats {

        @Test
        void readsEveryFieldOfTheIcaoPassportSpecimen() {
            MrzReading r = read(ICAO_TD3);
            assertThat(r.valid()).isTrue();
            assertThat(r.format()).isEqualTo(MrzFormat.TD3);
            assertThat(r.documentCode()).contains(new DocumentCode("P"));
            assertThat(r.issuingState()).contains(TestCodes.code("UTO"));
            assertThat(r.name()).contains(new PersonName("ERIKSSON", "ANNA MARIA"));
            assertThat(r.documentNumber()).contains(new DocumentNumber("L898902C3"));
            assertThat(r.nationality()).contains(TestCodes.code("UTO"));
            assertThat(r.dateOfBirth()).contains(PartialDate.of(1974, 8, 12));
            assertThat(r.sex()).contains(Sex.FEMALE);
            assertThat(r.dateOfExpiry()).contains(LocalDate.of(2012, 4, 15));
            assertThat(r.optionalData()).containsExactly("ZE184226B");
            assertThat(r.checkDigits()).extracting(CheckDigitResult::field).containsExactly(
                    MrzField.DOCUMENT_NUMBER, MrzField.DATE_OF_BIRTH, MrzField.DATE_OF_EXPIRY, MrzField.OPTIONAL_DATA, MrzField.COMPOSITE);
            assertThat(r.checkDigits()).allMatch(CheckDigitResult::valid);
            assertThat(r.lines()).hasSize(2).allMatch(l -> l.length() == 44);
        }

        @Test
        void readsAThreeLineCardAsTd1() {
            MrzReading r = read(ICAO_TD1);
            assertThat(r.valid()).isTrue();
            assertThat(r.format()).isEqualTo(MrzFormat.TD1);
            assertThat(r.documentNumber()).contains(new DocumentNumber("D23145890"));
            assertThat(r.optionalData()).containsExactly("", "");
            assertThat(r.checkDigits()).extracting(CheckDigitResult::field).containsExactly(
                    MrzField.DOCUMENT_NUMBER, MrzField.DATE_OF_BIRTH, MrzField.DATE_OF_EXPIRY, MrzField.COMPOSITE);
        }

        @Test
        void readsATwoLineZoneOfThirtySixAsTd2() {
            MrzReading r = read(ICAO_TD2);
            assertThat(r.valid()).isTrue();
            assertThat(r.format()).isEqualTo(MrzFormat.TD2);
            assertThat(r.name()).contains(new PersonName("ERIKSSON", "ANNA MARIA"));
            assertThat(r.checkDigits()).hasSize(4);
        }

        @Test
        void tellsAFullSizeVisaFromAPassportByTheDocumentCode() {
            MrzReading r = read(mrv(44, "VB", "GBR", "OCONNOR<<ENYA<SIOBHAN", "511427847", "DOM", "751022", 'M', "300611", "08"));
            assertThat(r.valid()).as("%s", r.errors()).isTrue();
            assertThat(r.format()).isEqualTo(MrzFormat.MRV_A);
            assertThat(r.documentCode()).contains(new DocumentCode("VB"));
            assertThat(r.optionalData()).containsExactly("08");
            assertThat(r.checkDigits()).extracting(CheckDigitResult::field)
                    .containsExactly(MrzField.DOCUMENT_NUMBER, MrzField.DATE_OF_BIRTH, MrzField.DATE_OF_EXPIRY);
        }

        @Test
        void tellsASmallVisaFromATd2ByTheDocumentCode() {
            MrzReading r = read(mrv(36, "V", "UTO", "HENG<<DEBORAH<MING<LO", "L8988901C", "XXX", "400907", 'F', "961210", ""));
            assertThat(r.valid()).isTrue();
            assertThat(r.format()).isEqualTo(MrzFormat.MRV_B);
            assertThat(r.nationality()).contains(TestCodes.code("XXX"));
        }

        @ParameterizedTest
        @CsvSource({"PO,TD3", "PT,TD3", "P,TD3", "VB,MRV_A", "V,MRV_A"})
        void acceptsOneAndTwoLetterCodesOnA44CharacterZone(String code, MrzFormat format) {
            String zone = code.startsWith("P")
                    ? td3(code, "UTO", "ERIKSSON<<ANNA", "L898902C3", "UTO", "740812", 'F', "300415", "")
                    : mrv(44, code, "UTO", "ERIKSSON<<ANNA", "L898902C3", "UTO", "740812", 'F', "300415", "");
            MrzReading r = read(zone);
            assertThat(r.valid()).isTrue();
            assertThat(r.format()).isEqualTo(format);
            assertThat(r.documentCode()).contains(new DocumentCode(code));
        }

        @ParameterizedTest
        @ValueSource(strings = {"I", "ID", "IR", "A", "AC", "C", "CR"})
        void acceptsIdentityDocumentCodesOnCards(String code) {
            MrzReading r = read(td1(code, "UTO", "D23145890", "", "740812", 'F', "300415", "UTO", "", "ERIKSSON<<ANNA"));
            assertThat(r.valid()).isTrue();
            assertThat(r.documentCode()).contains(new DocumentCode(code));
        }

        @Test
        void reportsAPassportCodeOnAThreeLineCard() {
            MrzReading r = read(td1("P", "UTO", "D23145890", "", "740812", 'F', "300415", "UTO", "", "ERIKSSON<<ANNA"));
            assertThat(r.format()).isEqualTo(MrzFormat.TD1);
            MrzError e = onlyError(r);
            assertThat(e.field()).isEqualTo(MrzField.DOCUMENT_CODE);
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.position()).isEqualTo(1);
        }

        @Test
        void reportsAnIdentityCardCodeOnAPassportSizedZone() {
            MrzReading r = read(td3("I", "UTO", "ERIKSSON<<ANNA", "L898902C3", "UTO", "740812", 'F', "300415", ""));
            assertThat(r.format()).isEqualTo(MrzFormat.TD3);
            assertThat(onlyError(r).field()).isEqualTo(MrzField.DOCUMENT_CODE);
        }

        @Test
        void refusesVAsTheSecondLetterOfAnIdentityDocumentCode() {
            MrzReading r = read(td2("IV", "UTO", "ERIKSSON<<ANNA", "D23145890", "UTO", "740812", 'F', "300415", ""));
            MrzError e = onlyError(r);
            assertThat(e.field()).isEqualTo(MrzField.DOCUMENT_CODE);
            assertThat(e.position()).isEqualTo(2);
        }

        @Test
        void reportsADigitInTheDocumentCode() {
            MrzReading r = read(replaceAt(ICAO_TD3, 1, 2, '1'));
            assertThat(onlyError(r).field()).isEqualTo(MrzField.DOCUMENT_CODE);
            assertThat(r.documentCode()).isEmpty();
        }
    }

    @Nested
    class CheckDigits {

        @ParameterizedTest(name = "TD3 line 2 position {0}: {1}")
        @CsvSource({"10,DOCUMENT_NUMBER_CHECK_DIGIT", "20,DATE_OF_BIRTH_CHECK_DIGIT", "28,DATE_OF_EXPIRY_CHECK_DIGIT",
                "43,OPTIONAL_DATA_CHECK_DIGIT", "44,COMPOSITE_CHECK_DIGIT"})
        void reportsAWrongTd3CheckDigitWithWhereItIsAndWhatItShouldBe(int position, MrzField field) {
            char right = ICAO_TD3.split("\n")[1].charAt(position - 1);
            char wrong = right == '9' ? '0' : (char) (right + 1);
            MrzReading r = read(replaceAt(ICAO_TD3, 2, position, wrong));
            MrzError e = errorOn(r, field);
            assertThat(r.errors()).extracting(MrzError::field).isSubsetOf(field, MrzField.COMPOSITE_CHECK_DIGIT);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.position()).isEqualTo(position);
            assertThat(e.message()).contains(String.valueOf(right));
            CheckDigitResult failed = r.checkDigits().stream().filter(c -> !c.valid()).findFirst().orElseThrow();
            assertThat(failed.expected()).isEqualTo(right);
            assertThat(failed.found()).isEqualTo(wrong);
            assertThat(failed.position()).isEqualTo(position);
        }

        @ParameterizedTest(name = "TD1 line {0} position {1}: {2}")
        @CsvSource({"1,15,DOCUMENT_NUMBER_CHECK_DIGIT", "2,7,DATE_OF_BIRTH_CHECK_DIGIT", "2,15,DATE_OF_EXPIRY_CHECK_DIGIT",
                "2,30,COMPOSITE_CHECK_DIGIT"})
        void reportsAWrongTd1CheckDigit(int line, int position, MrzField field) {
            char right = ICAO_TD1.split("\n")[line - 1].charAt(position - 1);
            MrzReading r = read(replaceAt(ICAO_TD1, line, position, right == '9' ? '0' : (char) (right + 1)));
            MrzError e = errorOn(r, field);
            assertThat(r.errors()).extracting(MrzError::field).isSubsetOf(field, MrzField.COMPOSITE_CHECK_DIGIT);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.position()).isEqualTo(position);
        }

        @ParameterizedTest(name = "TD2 line 2 position {0}: {1}")
        @CsvSource({"10,DOCUMENT_NUMBER_CHECK_DIGIT", "20,DATE_OF_BIRTH_CHECK_DIGIT", "28,DATE_OF_EXPIRY_CHECK_DIGIT",
                "36,COMPOSITE_CHECK_DIGIT"})
        void reportsAWrongTd2CheckDigit(int position, MrzField field) {
            char right = ICAO_TD2.split("\n")[1].charAt(position - 1);
            MrzError e = errorOn(read(replaceAt(ICAO_TD2, 2, position, right == '9' ? '0' : (char) (right + 1))), field);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.position()).isEqualTo(position);
        }

        @Test
        void theTd3CompositeCoversThePersonalNumberEvenWhenItsOwnCheckDigitIsRight() {
            String zone = td3("P", "UTO", "ERIKSSON<<ANNA", "L898902C3", "UTO", "740812", 'F', "300415", "ZE184226B");
            String changed = td3("P", "UTO", "ERIKSSON<<ANNA", "L898902C3", "UTO", "740812", 'F', "300415", "ZE184227B");
            // Keep the original composite: only the composite can notice the change.
            String tampered = changed.substring(0, changed.length() - 1) + zone.charAt(zone.length() - 1);
            MrzError e = onlyError(read(tampered));
            assertThat(e.field()).isEqualTo(MrzField.COMPOSITE_CHECK_DIGIT);
        }

        @Test
        void theTd1CompositeCoversBothOptionalDataFields() {
            String zone = td1("I", "UTO", "D23145890", "ABC", "740812", 'F', "300415", "UTO", "XYZ", "ERIKSSON<<ANNA");
            assertThat(read(zone).valid()).isTrue();
            assertThat(onlyError(read(replaceAt(zone, 1, 17, 'D'))).field()).isEqualTo(MrzField.COMPOSITE_CHECK_DIGIT);
            assertThat(onlyError(read(replaceAt(zone, 2, 20, 'Z'))).field()).isEqualTo(MrzField.COMPOSITE_CHECK_DIGIT);
        }

        @Test
        void theTd2CompositeCoversTheOptionalData() {
            String zone = td2("I", "UTO", "ERIKSSON<<ANNA", "D23145890", "UTO", "740812", 'F', "300415", "AB");
            assertThat(onlyError(read(replaceAt(zone, 2, 30, 'C'))).field()).isEqualTo(MrzField.COMPOSITE_CHECK_DIGIT);
        }

        @Test
        void noCheckDigitCoversSexOrNationality() {
            assertThat(read(replaceAt(ICAO_TD3, 2, 21, 'M')).valid()).isTrue();
            String otherNationality = ICAO_TD3.substring(0, 45 + 10) + "XXA" + ICAO_TD3.substring(45 + 13);
            assertThat(read(otherNationality).valid()).isTrue();
        }

        @Test
        void aVisaHasNoCompositeSoItsOptionalDataIsUnchecked() {
            String zone = mrv(44, "V", "UTO", "ERIKSSON<<ANNA", "L898902C3", "UTO", "740812", 'F', "300415", "ABC");
            MrzReading r = read(replaceAt(zone, 2, 30, 'X'));
            assertThat(r.valid()).isTrue();
            assertThat(r.optionalData()).containsExactly("AXC");
        }

        @Test
        void acceptsFillerOrZeroAsCheckDigitOfAnEmptyPersonalNumber() {
            String withFiller = td3("P", "D", "MUSTERMANN<<ERIKA", "C01X0006H", "D", "640812", 'F', "300415", "");
            assertThat(withFiller.split("\n")[1].charAt(42)).isEqualTo('<');
            MrzReading r = read(withFiller);
            assertThat(r.valid()).isTrue();
            assertThat(r.checkDigits().get(3)).isEqualTo(new CheckDigitResult(MrzField.OPTIONAL_DATA, '0', '<', true, 2, 43));
            String l2 = withFiller.split("\n")[1];
            String withZero = withFiller.split("\n")[0] + "\n" + l2.substring(0, 42) + "0" + l2.charAt(43);
            assertThat(read(withZero).valid()).isTrue();
        }

        @Test
        void refusesFillerAsCheckDigitOfAPersonalNumberThatHasData() {
            String zone = td3("P", "UTO", "ERIKSSON<<ANNA", "L898902C3", "UTO", "740812", 'F', "300415", "ZE184226B");
            MrzError e = errorOn(read(replaceAt(zone, 2, 43, '<')), MrzField.OPTIONAL_DATA_CHECK_DIGIT);
            assertThat(e.message()).contains("'<'");
        }

        @ParameterizedTest(name = "position {0}")
        @CsvSource({"10,DOCUMENT_NUMBER_CHECK_DIGIT", "20,DATE_OF_BIRTH_CHECK_DIGIT", "28,DATE_OF_EXPIRY_CHECK_DIGIT"})
        void refusesFillerAsAnyOtherCheckDigit(int position, MrzField field) {
            String zone = td3("P", "UTO", "ERIKSSON<<ANNA", "L898902C3", "UTO", "740812", 'F', "300415", "");
            MrzReading r = read(replaceAt(zone, 2, position, '<'));
            assertThat(r.errors()).extracting(MrzError::field).contains(field);
            assertThat(r.valid()).isFalse();
        }

        @Test
        void refusesFillerAsCompositeCheckDigit() {
            MrzReading r = read(replaceAt(ICAO_TD3, 2, 44, '<'));
            assertThat(onlyError(r).field()).isEqualTo(MrzField.COMPOSITE_CHECK_DIGIT);
        }

        @Test
        void refusesFillerAsTheDocumentNumberCheckDigitOfAVisa() {
            String zone = mrv(36, "V", "UTO", "ERIKSSON<<ANNA", "L898902C3", "UTO", "740812", 'F', "300415", "ABC");
            MrzReading r = read(replaceAt(zone, 2, 10, '<'));
            assertThat(onlyError(r).field()).isEqualTo(MrzField.DOCUMENT_NUMBER_CHECK_DIGIT);
            assertThat(r.format()).isEqualTo(MrzFormat.MRV_B);
        }

        @Test
        void reportsALetterWhereACheckDigitBelongs() {
            MrzError e = errorOn(read(replaceAt(ICAO_TD3, 2, 20, 'B')), MrzField.DATE_OF_BIRTH_CHECK_DIGIT);
            assertThat(e.message()).contains("not a digit");
        }
    }

    @Nested
    class LongDocumentNumbers {

        @Test
        void readsATd1NumberContinuedInTheOptionalData() {
            // PRADO BEL-BO-11005 (specimen set).
            MrzReading r = read("IDBEL600001795<0152<<<<<<<<<<<\n1301014F2311207BEL130101987398\nSPECIMEN<<SPECIMEN<<<<<<<<<<<<");
            assertThat(r.valid()).isTrue();
            assertThat(r.documentNumber()).contains(new DocumentNumber("600001795015"));
            assertThat(r.optionalData()).containsExactly("", "13010198739");
            CheckDigitResult number = r.checkDigits().get(0);
            assertThat(number.found()).isEqualTo('2');
            assertThat(number.line()).isEqualTo(1);
            assertThat(number.position()).isEqualTo(19);
        }

        @Test
        void keepsOptionalDataThatFollowsTheContinuedNumber() {
            String number = "D23145890" + "123";
            String l1 = "I<UTO" + "D23145890" + "<" + "123" + check(number) + "<" + "XY<Z" + "<<<<<<";
            String zone = withTd1Composite(l1, "7408122F3004157UTO<<<<<<<<<<<", "ERIKSSON<<ANNA<<<<<<<<<<<<<<<<");
            MrzReading r = read(zone);
            assertThat(r.valid()).as("%s", r.errors()).isTrue();
            assertThat(r.documentNumber()).contains(new DocumentNumber("D23145890123"));
            assertThat(r.optionalData()).containsExactly("XY<Z", "");
        }

        @Test
        void computesTheLongNumberCheckDigitWithoutTheFillerThatMarksIt() {
            // PRADO BEL-BO-03003: valid only if the filler at position 15 were counted; 9303 does not count it.
            MrzReading r = read("IDBEL000590240<6013<<<<<<<<<<<\n8512017F1311048BEL851201002007\nREINARTZ<<ULRIKE<KATIA<E<<<<<<");
            MrzError e = onlyError(r);
            assertThat(e.field()).isEqualTo(MrzField.DOCUMENT_NUMBER_CHECK_DIGIT);
            assertThat(e.position()).isEqualTo(19);
            assertThat(r.documentNumber()).contains(new DocumentNumber("000590240601"));
        }

        @Test
        void reportsAFillerCheckDigitWithNothingContinuingTheNumber() {
            String zone = withTd1Composite("I<UTOD23145890<<<<<<<<<<<<<<<<", "7408122F3004157UTO<<<<<<<<<<<", "ERIKSSON<<ANNA<<<<<<<<<<<<<<<<");
            MrzReading r = read(zone);
            MrzError e = errorOn(r, MrzField.DOCUMENT_NUMBER_CHECK_DIGIT);
            assertThat(e.position()).isEqualTo(15);
            assertThat(r.documentNumber()).contains(new DocumentNumber("D23145890"));
        }

        @Test
        void reportsAMissingCardNumber() {
            String zone = withTd1Composite("I<UTO<<<<<<<<<<<<<<<<<<<<<<<<<", "7408122F3004157UTO<<<<<<<<<<<", "ERIKSSON<<ANNA<<<<<<<<<<<<<<<<");
            MrzReading r = read(zone);
            assertThat(r.errors()).extracting(MrzError::field)
                    .containsExactly(MrzField.DOCUMENT_NUMBER, MrzField.DOCUMENT_NUMBER_CHECK_DIGIT);
            assertThat(r.documentNumber()).isEmpty();
        }

        @Test
        void reportsAContinuedNumberWhoseFirstNinePositionsAreNotFull() {
            String l1 = "I<UTOD231458<<<" + "12" + check("D23145812") + "<<<<<<<<<<<<";
            MrzReading r = read(withTd1Composite(l1, "7408122F3004157UTO<<<<<<<<<<<", "ERIKSSON<<ANNA<<<<<<<<<<<<<<<<"));
            assertThat(r.errors()).extracting(MrzError::field).contains(MrzField.DOCUMENT_NUMBER);
        }

        @Test
        void readsATd2NumberContinuedInTheOptionalData() {
            String number = "D231458901234";
            String l2 = "D23145890<UTO7408122F3004157" + "1234" + check(number) + "<<";
            String composite = l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, 35);
            MrzReading r = read("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\n" + l2 + check(composite));
            assertThat(r.valid()).as("%s", r.errors()).isTrue();
            assertThat(r.documentNumber()).contains(new DocumentNumber(number));
            assertThat(r.optionalData()).containsExactly("");
        }

        private String withTd1Composite(String l1, String l2WithoutComposite, String l3) {
            String composite = l1.substring(5, 30) + l2WithoutComposite.substring(0, 7) + l2WithoutComposite.substring(8, 15)
                    + l2WithoutComposite.substring(18, 29);
            return l1 + "\n" + l2WithoutComposite + check(composite) + "\n" + l3;
        }
    }

    @Nested
    class Names {

        private PersonName nameOf(String field) {
            MrzReading r = read(td3("P", "UTO", field, "L898902C3", "UTO", "740812", 'F', "300415", ""));
            assertThat(r.valid()).as("%s", r.errors()).isTrue();
            return r.name().orElseThrow();
        }

        @Test
        void splitsPrimaryFromSecondaryIdentifierAtTheFirstDoubleFiller() {
            assertThat(nameOf("CACADOR<DE<ARAUJO<<ANDRE<ESTEVAO")).isEqualTo(new PersonName("CACADOR DE ARAUJO", "ANDRE ESTEVAO"));
        }

        @Test
        void takesTheWholeFieldAsPrimaryIdentifierWhenThereIsNoDoubleFiller() {
            assertThat(nameOf("ABDULLAH")).isEqualTo(new PersonName("ABDULLAH", ""));
            String full = "AAAAAAAAAA<BBBBBBBBBB<CCCCCCCCCC<DDDDDD";
            MrzReading r = read(td3("P", "UTO", full, "L898902C3", "UTO", "740812", 'F', "300415", ""));
            assertThat(r.name()).contains(new PersonName("AAAAAAAAAA BBBBBBBBBB CCCCCCCCCC DDDDDD", ""));
            assertThat(r.nameMayBeTruncated()).isTrue();
        }

        @Test
        void readsALeadingDoubleFillerAsNoPrimaryIdentifier() {
            assertThat(nameOf("<<ANNA<MARIA")).isEqualTo(new PersonName("", "ANNA MARIA"));
        }

        @Test
        void flagsANameThatFillsTheFieldAsPossiblyTruncated() {
            MrzReading r = read("I<PRT007777779<ZZ92<<<<<<<<<<<\n8303143M3405282PRT<<<<<<<<<<<2\nCACADOR<DE<ARAUJO<<ANDRE<ESTEV");
            assertThat(r.name()).contains(new PersonName("CACADOR DE ARAUJO", "ANDRE ESTEV"));
            assertThat(r.nameMayBeTruncated()).isTrue();
            assertThat(read(ICAO_TD3).nameMayBeTruncated()).isFalse();
        }

        @Test
        void reportsADigitInTheName() {
            MrzReading r = read(replaceAt(ICAO_TD3, 1, 7, '5'));
            MrzError e = onlyError(r);
            assertThat(e.field()).isEqualTo(MrzField.NAME);
            assertThat(e.position()).isEqualTo(7);
            assertThat(r.name()).isEmpty();
        }

        @Test
        void reportsAnEmptyName() {
            MrzError e = onlyError(read(td3("P", "UTO", "", "L898902C3", "UTO", "740812", 'F', "300415", "")));
            assertThat(e.field()).isEqualTo(MrzField.NAME);
        }
    }

    @Nested
    class Dates {

        private MrzReading withBirth(String birth) {
            return read(td3("P", "UTO", "ERIKSSON<<ANNA", "L898902C3", "UTO", birth, 'F', "300415", ""));
        }

        private MrzReading withExpiry(String expiry) {
            return read(td3("P", "UTO", "ERIKSSON<<ANNA", "L898902C3", "UTO", "740812", 'F', expiry, ""));
        }

        @ParameterizedTest(name = "{0} read on 2025-06-01 is {1}")
        @CsvSource({"740812,1974-08-12", "200101,2020-01-01", "250601,2025-06-01", "250602,1925-06-02", "991231,1999-12-31",
                "000229,2000-02-29"})
        void resolvesTwoDigitBirthYearsIntoThePast(String birth, String expected) {
            MrzReading r = withBirth(birth);
            assertThat(r.valid()).isTrue();
            assertThat(r.dateOfBirth()).contains(PartialDate.parse(expected));
        }

        @ParameterizedTest(name = "{0} read on 2025-06-01 is {1}")
        @CsvSource({"550101,2055-01-01", "551231,2055-12-31", "560101,1956-01-01", "120415,2012-04-15", "250601,2025-06-01"})
        void resolvesTwoDigitExpiryYearsIntoABoundedFutureWindow(String expiry, String expected) {
            assertThat(withExpiry(expiry).dateOfExpiry()).contains(LocalDate.parse(expected));
        }

        @Test
        void readsTheExpiryWindowRelativeToTheReadingDate() {
            String zone = td3("P", "UTO", "ERIKSSON<<ANNA", "L898902C3", "UTO", "740812", 'F', "600101", "");
            assertThat(zones.read(zone, LocalDate.of(2040, 1, 1)).dateOfExpiry()).contains(LocalDate.of(2060, 1, 1));
            assertThat(zones.read(zone, LocalDate.of(2025, 1, 1)).dateOfExpiry()).contains(LocalDate.of(1960, 1, 1));
        }

        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource({"74<<<<,1974", "7408<<,1974-08"})
        void readsPartlyUnknownDatesOfBirth(String birth, String expected) {
            MrzReading r = withBirth(birth);
            assertThat(r.valid()).isTrue();
            assertThat(r.dateOfBirth()).contains(PartialDate.parse(expected));
        }

        @Test
        void readsAWhollyUnknownDateOfBirthAsEmptyWithoutError() {
            MrzReading r = withBirth("<<<<<<");
            assertThat(r.valid()).isTrue();
            assertThat(r.dateOfBirth()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"7<<<<<", "74<812", "<<0812", "740<<<", "74081<"})
        void refusesDatesOfBirthWhoseUnknownPartsAreNotAtTheEnd(String birth) {
            MrzReading r = withBirth(birth);
            assertThat(onlyError(r).field()).isEqualTo(MrzField.DATE_OF_BIRTH);
            assertThat(r.dateOfBirth()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"740231", "741301", "740001", "740800", "010229"})
        void refusesDatesOfBirthThatDoNotExist(String birth) {
            MrzError e = onlyError(withBirth(birth));
            assertThat(e.field()).isEqualTo(MrzField.DATE_OF_BIRTH);
            assertThat(e.line()).isEqualTo(2);
        }

        @ParameterizedTest
        @ValueSource(strings = {"250230", "251301", "25063<", "<<<<<<"})
        void refusesExpiryDatesThatDoNotExistOrAreIncomplete(String expiry) {
            MrzReading r = withExpiry(expiry);
            assertThat(onlyError(r).field()).isEqualTo(MrzField.DATE_OF_EXPIRY);
            assertThat(r.expiryStatus()).isEqualTo(ExpiryStatus.UNKNOWN);
        }
    }

    @Nested
    class Codes {

        private MrzReading withCodes(String state, String nationality) {
            return read(td3("P", state, "ERIKSSON<<ANNA", "L898902C3", nationality, "740812", 'F', "300415", ""));
        }

        @ParameterizedTest
        @ValueSource(strings = {"D", "GBD", "GBN", "GBO", "GBP", "GBS", "UNO", "UNA", "UNK", "XXA", "XXB", "XXC", "XXX",
                "EUE", "XPO", "UTO", "RKS"})
        void knowsTheIcaoOnlyCodes(String code) {
            MrzReading r = withCodes(code, code);
            assertThat(r.valid()).isTrue();
            assertThat(r.codesKnown()).isTrue();
            assertThat(r.nationality()).contains(TestCodes.code(code));
        }

        @Test
        void warnsAboutAnUnknownCodeWithoutMakingTheZoneInvalid() {
            MrzReading r = withCodes("ZZZ", "UTO");
            assertThat(r.valid()).isTrue();
            assertThat(r.codesKnown()).isFalse();
            assertThat(r.warnings()).extracting(MrzWarning::kind, MrzWarning::field)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(MrzWarning.Kind.UNKNOWN_CODE, MrzField.ISSUING_STATE));
        }

        @Test
        void warnsAboutEachUnknownCodeAndTheExpiryInFieldOrder() {
            MrzReading r = read(td3("P", "ZZZ", "ERIKSSON<<ANNA", "L898902C3", "ZZY", "740812", 'F', "120415", ""));
            assertThat(r.warnings()).extracting(MrzWarning::field)
                    .containsExactly(MrzField.ISSUING_STATE, MrzField.NATIONALITY, MrzField.DATE_OF_EXPIRY);
        }

        @Test
        void asksTheReferenceDataAboutTheReadingDate() {
            List<LocalDate> asked = new java.util.ArrayList<>();
            MachineReadableZones recording = new MachineReadableZones((code, on) -> asked.add(on), Clock.systemUTC());
            recording.read(ICAO_TD3, TODAY);
            assertThat(asked).containsExactly(TODAY, TODAY);
        }

        @ParameterizedTest
        @ValueSource(strings = {"U<O", "<<<", "1TO", "UT0"})
        void refusesACodeThatIsNotLettersFollowedByFillers(String code) {
            MrzReading r = withCodes("UTO", code);
            assertThat(onlyError(r).field()).isEqualTo(MrzField.NATIONALITY);
            assertThat(r.nationality()).isEmpty();
        }
    }

    @Nested
    class Expiry {

        private MrzReading expiringOn(String yymmdd) {
            return read(td3("P", "UTO", "ERIKSSON<<ANNA", "L898902C3", "UTO", "740812", 'F', yymmdd, ""));
        }

        @Test
        void warnsThatAnExpiredDocumentHasExpiredButKeepsItValid() {
            MrzReading r = expiringOn("250531");
            assertThat(r.valid()).isTrue();
            assertThat(r.expiryStatus()).isEqualTo(ExpiryStatus.EXPIRED);
            assertThat(r.warnings()).extracting(MrzWarning::kind).containsExactly(MrzWarning.Kind.EXPIRED);
        }

        @Test
        void countsTheExpiryDayItselfAsStillValid() {
            assertThat(expiringOn("250601").expiryStatus()).isEqualTo(ExpiryStatus.EXPIRES_SOON);
        }

        @Test
        void warnsWhenTheDocumentExpiresWithinSixMonths() {
            MrzReading r = expiringOn("251130");
            assertThat(r.expiryStatus()).isEqualTo(ExpiryStatus.EXPIRES_SOON);
            assertThat(r.warnings()).extracting(MrzWarning::kind).containsExactly(MrzWarning.Kind.EXPIRES_SOON);
            assertThat(expiringOn("251201").expiryStatus()).isEqualTo(ExpiryStatus.VALID);
            assertThat(expiringOn("251201").warnings()).isEmpty();
        }

        @Test
        void takesTheWarningPeriodAsAParameter() {
            String zone = td3("P", "UTO", "ERIKSSON<<ANNA", "L898902C3", "UTO", "740812", 'F', "260301", "");
            assertThat(zones.read(zone, TODAY, 12).expiryStatus()).isEqualTo(ExpiryStatus.EXPIRES_SOON);
            assertThat(zones.read(zone, TODAY, 3).expiryStatus()).isEqualTo(ExpiryStatus.VALID);
        }

        @Test
        void keepsTheThreeVerdictsApart() {
            MrzReading r = read(replaceAt(td3("P", "ZZZ", "ERIKSSON<<ANNA", "L898902C3", "UTO", "740812", 'F', "120415", ""), 2, 10, '0'));
            assertThat(r.valid()).isFalse();
            assertThat(r.codesKnown()).isFalse();
            assertThat(r.expiryStatus()).isEqualTo(ExpiryStatus.EXPIRED);
        }

        @Test
        void usesTheClockWhenNoDateIsGiven() {
            Clock clock = Clock.fixed(java.time.Instant.parse("2030-01-01T00:00:00Z"), java.time.ZoneOffset.UTC);
            MrzReading r = new MachineReadableZones(TestCodes.ICAO_SAMPLE, clock).read(ICAO_TD3);
            assertThat(r.readOn()).isEqualTo(LocalDate.of(2030, 1, 1));
        }
    }

    @Nested
    class OptionalData {

        @Test
        void keepsFillersInsideOptionalDataAsData() {
            // PRADO FIN-BO-12001 (specimen set).
            MrzReading r = read("I<FINXA10000585010195<112X<<<<\n9501016F2803135FIN<<<<<<<<<<<7\nSPECIMEN<TRAVEL<<VILMA<SOFIA<<");
            assertThat(r.valid()).isTrue();
            assertThat(r.optionalData()).containsExactly("010195<112X", "");
        }

        @Test
        void reportsSexOutsideFMOrFiller() {
            MrzError e = onlyError(read(replaceAt(ICAO_TD3, 2, 21, 'X')));
            assertThat(e.field()).isEqualTo(MrzField.SEX);
            assertThat(e.position()).isEqualTo(21);
        }

        @Test
        void readsAFillerAsUnspecifiedSex() {
            assertThat(read(replaceAt(ICAO_TD3, 2, 21, '<')).sex()).contains(Sex.UNSPECIFIED);
        }
    }

    @Test
    void listsErrorsInReadingOrder() {
        MrzReading r = read("IDCHEA1234567<6<<<<<<<<<<<<<<<\n7SIOZSGMZOO90IBCHE<<<<<<<<<<<B\n5M1TH<<J0HN<AL8ERT<<<<<<<<<<<<");
        assertThat(r.errors()).hasSizeGreaterThan(3);
        assertThat(r.errors()).isSortedAccordingTo(java.util.Comparator.comparingInt(MrzError::line).thenComparingInt(MrzError::position));
    }
}

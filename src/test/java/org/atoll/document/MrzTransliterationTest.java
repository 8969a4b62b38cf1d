package org.atoll.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MrzTransliterationTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Ä,AE", "ä,AE", "Å,AA", "Æ,AE", "Ö,OE", "Ø,OE", "Ü,UE", "ß,SS", "Þ,TH", "Ð,D", "Đ,D", "Ł,L", "Ñ,N",
            "Ç,C", "Œ,OE", "Ĳ,IJ", "É,E", "È,E", "Ğ,G", "ı,I", "İ,I", "Ő,O", "Ű,U", "Ř,R", "Ș,S", "Ț,T", "Ž,Z", "Ŀ,L", "Ħ,H"})
    void transliteratesLatinCharactersByTheTable(String national, String mrz) {
        assertThat(MrzTransliteration.toMrz(national)).isEqualTo(mrz);
    }

    @Test
    void offersTheSingleLetterFormOfTheUmlauts() {
        assertThat(MrzTransliteration.toMrzWithUmlautsAsBaseLetters("Jürgen Schröder Bär")).isEqualTo("JURGEN<SCHRODER<BAR");
        assertThat(MrzTransliteration.toMrzWithUmlautsAsBaseLetters("Øre")).isEqualTo("OERE");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Юлия Щеглова,IULIIA<SHCHEGLOVA", "Жуков,ZHUKOV", "Хрущёв,KHRUSHCHEV", "Цой,TSOI", "Подъячев,PODIEIACHEV",
            "Гоголь,GOGOL", "Эльдар,ELDAR", "Євгенія,IEVGENIIA", "Їжак,IZHAK", "Ґудзь,GUDZ", "Ўладзімір,ULADZIMIR",
            "Ђорђе Јовановић,DORDE<JOVANOVIC", "Љубица Његош,LJUBITSA<NJEGOSH", "Џиџа,DZIDZA", "Ѓорѓи Ќосе,GORGI<KOSE"})
    void transliteratesCyrillicByTheTable(String national, String mrz) {
        assertThat(MrzTransliteration.toMrz(national)).isEqualTo(mrz);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"ΠΑΠΑΔΟΠΟΥΛΟΣ,PAPADOPOULOS", "Γεώργιος,GEORGIOS", "Ευάγγελος,EVANGELOS", "Ευθύμιος,EFTHYMIOS",
            "Μπακογιάννη,BAKOGIANNI", "Σταμάτης,STAMATIS", "Χρυσούλα,CHRYSOULA", "Ψαρρός,PSARROS", "Ξανθή,XANTHI",
            "Θεόδωρος,THEODOROS", "Κολόμπος,KOLOMPOS"})
    void transliteratesGreekAfterElot743(String national, String mrz) {
        assertThat(MrzTransliteration.toMrz(national)).isEqualTo(mrz);
    }

    @Test
    void turnsSpacesAndHyphensIntoFillersAndDropsApostrophes() {
        assertThat(MrzTransliteration.toMrz("  O'Brien-Smith   Jr. ")).isEqualTo("OBRIEN<SMITH<JR");
        assertThat(MrzTransliteration.toMrz("D’Artagnan")).isEqualTo("DARTAGNAN");
        assertThat(MrzTransliteration.toMrz("Jean\u00A0Paul")).isEqualTo("JEAN<PAUL");
    }

    @Test
    void refusesWhatHasNoMrzForm() {
        assertThatThrownBy(() -> MrzTransliteration.toMrz("李")).hasMessageContaining("U+674E");
        assertThatThrownBy(() -> MrzTransliteration.toMrz("Louis XIV 2")).hasMessageContaining("digits");
    }
}

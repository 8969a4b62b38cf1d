package org.atoll.alert.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameNormaliserTest {

    private final NameNormaliser normaliser = NameNormaliser.instance();

    private List<String> texts(String name) {
        return normaliser.normalise(name).stream().map(NameToken::text).toList();
    }

    private List<String> keys(String name) {
        return normaliser.normalise(name).stream().map(NameToken::key).toList();
    }

    @Test
    void foldsDiacriticsCaseAndPunctuationAndDropsTitles() {
        assertThat(texts("Dr. José Muñoz-Ørsted")).containsExactly("JOSE", "MUNOZ", "ORSTED");
        assertThat(texts("Saif Al-'Adil")).containsExactly("SAIF", "AL", "ADIL");
    }

    @Test
    void marksParticlesAndInitials() {
        List<NameToken> tokens = normaliser.normalise("J. van der Berg");
        assertThat(tokens.get(0).isInitial()).isTrue();
        assertThat(tokens.get(1).isParticle()).isTrue();
        assertThat(tokens.get(2).isParticle()).isTrue();
        assertThat(tokens.get(3).isParticle()).isFalse();
    }

    @Test
    void givesLatinSpellingsOfOneNameTheSameCanonicalForm() {
        assertThat(normaliser.normalise("Mohammed Muhammad Mohamad Mehmet"))
                .extracting(NameToken::canonical).containsOnly("MUHAMMAD");
    }

    @Test
    void givesArabicScriptAndLatinSpellingsTheSameConsonantKey() {
        assertThat(keys("محمد")).isEqualTo(keys("Mohammed"));
        assertThat(keys("صدام حسين")).isEqualTo(keys("Saddam Hussein"));
        assertThat(normaliser.normalise("صدام").get(0).consonantsOnly()).isTrue();
    }

    @Test
    void separatesTheArabicArticleWrittenOntoTheNextWord() {
        assertThat(texts("التكريتي")).hasSize(2).first().isEqualTo("AL");
    }

    @Test
    void transliteratesCyrillicTheWayEnglishLanguageListsSpellIt() {
        assertThat(texts("Доку Хаматович Умаров")).containsExactly("DOKU", "KHAMATOVICH", "UMAROV");
    }

    @Test
    void transliteratesGreekAndChinese() {
        assertThat(texts("Αλέξανδρος Παπαδόπουλος")).containsExactly("ALEXANDROS", "PAPADOPOULOS");
        assertThat(texts("王小明")).containsExactly("WANG", "XIAO", "MING");
    }
}

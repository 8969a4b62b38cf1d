package org.atoll.alert.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenComparisonTest {

    private static long compare(String a, String b) {
        return TokenComparison.compare(NameNormaliser.token(a, 0), NameNormaliser.token(b, 0), false);
    }

    @Test
    void doesNotPairNamePartsThatOnlyShareALength() {
        assertThat(compare("SEM", "TUNISI")).isEqualTo(TokenComparison.NONE);
        assertThat(compare("DUTT", "HAQANI")).isEqualTo(TokenComparison.NONE);
        assertThat(compare("LINA", "MERHEJ")).isEqualTo(TokenComparison.NONE);
    }

    @Test
    void pairsTyposTranspositionsAndVariants() {
        assertThat(TokenComparison.kind(compare("ZAWAHIRU", "ZAWAHIRI"))).isEqualTo(MatchKind.TYPO);
        assertThat(TokenComparison.kind(compare("ISMIALOV", "ISMAILOV"))).isEqualTo(MatchKind.TRANSPOSED_LETTERS);
        assertThat(TokenComparison.kind(compare("MOHAMAD", "MUHAMMAD"))).isEqualTo(MatchKind.SPELLING_VARIANT);
        assertThat(TokenComparison.similarity(compare("OKONKWO", "OKONKWO"))).isEqualTo(1.0);
    }
}

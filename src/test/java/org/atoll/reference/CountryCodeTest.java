package org.atoll.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CountryCodeTest {

    /** The pattern the check replaced; the accept set must stay the same. */
    private static final Pattern FORMER_SHAPE = Pattern.compile("[A-Z]{1,3}");

    /** Letters at both ends of A-Z, their neighbours in Unicode, lower case, digits, blanks, MRZ filler and Latin-1. */
    private static final char[] ALPHABET = {'A', 'B', 'M', 'Z', '@', '[', 'a', 'z', '0', '9', ' ', '<', '\t', 'Ä', 'İ'};

    @Test
    void acceptsExactlyWhatTheFormerPatternAccepted() {
        List<String> candidates = new ArrayList<>();
        candidates.add("");
        for (int length = 1; length <= 4; length++) {
            addAll(candidates, new char[length], 0);
        }
        int accepted = 0;
        for (String s : candidates) {
            boolean expected = FORMER_SHAPE.matcher(s).matches();
            assertThat(CountryCode.isWellFormed(s)).as("'%s'", s).isEqualTo(expected);
            if (expected) {
                accepted++;
            }
        }
        assertThat(accepted).isEqualTo(4 + 16 + 64);
        assertThat(CountryCode.isWellFormed(null)).isFalse();
    }

    @Test
    void theConstructorRefusesWhatIsNotWellFormedAndOfNormalisesFirst() {
        assertThat(CountryCode.of(" d<< ").value()).isEqualTo("D");
        assertThat(new CountryCode("GBD").value()).isEqualTo("GBD");
        assertThatThrownBy(() -> new CountryCode("GB1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CountryCode("ABCD")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CountryCode("")).isInstanceOf(IllegalArgumentException.class);
    }

    private static void addAll(List<String> out, char[] buffer, int at) {
        if (at == buffer.length) {
            out.add(new String(buffer));
            return;
        }
        for (char c : ALPHABET) {
            buffer[at] = c;
            addAll(out, buffer, at + 1);
        }
    }
}

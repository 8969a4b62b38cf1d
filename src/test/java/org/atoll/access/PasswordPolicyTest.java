package org.atoll.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.atoll.access.internal.PasswordPolicy;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.withShippedList(12);

    @Test
    void acceptsALongUncommonPassword() {
        assertThat(policy.problems("Reef-Channel-Lantern-42", "k.ngirmang")).isEmpty();
    }

    @Test
    void refusesAShortPassword() {
        assertThat(policy.problems("Sh0rt!", "someone")).containsExactly("Use at least 12 characters.");
    }

    @Test
    void refusesACommonPasswordWithDigitsAppended() {
        assertThat(policy.problems("sunshine2026!!", "someone")).anyMatch(p -> p.contains("commonly used"));
        assertThat(policy.problems("Password1234", "someone")).anyMatch(p -> p.contains("commonly used"));
    }

    @Test
    void refusesAPasswordContainingTheUsername() {
        assertThat(policy.problems("my-name-is-ngirmang-ok", "ngirmang")).contains("The password must not contain the username.");
    }

    @Test
    void refusesAPasswordOfOneRepeatedCharacter() {
        assertThat(policy.problems("aaaaaaaaaaaaaaa", "someone")).contains("Use more than three different characters.");
    }
}

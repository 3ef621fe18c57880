package org.irohub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsThreeRandomWordsWithoutAnyCompositionRule() {
        assertThat(policy.refusal("pigeon marble lighthouse", "c.chair")).isEmpty();
    }

    @Test
    void refusesElevenCharactersAndAcceptsTwelve() {
        assertThat(policy.refusal("abcdefghijk", "x.y")).contains("Password must be 12 characters or more");
        assertThat(policy.refusal("tqbfjotld zx", "x.y")).isEmpty();
    }

    @Test
    void countsCharactersNotBytesSoAccentedLettersAreNotPenalised() {
        assertThat(policy.refusal("crème brûlée", "x.y")).isEmpty();
    }

    @Test
    void refusesAPasswordOnTheCommonList() {
        assertThat(policy.refusal("qwerty123456", "x.y")).get().asString().contains("too common");
        assertThat(policy.refusal("1q2w3e4r5t6y", "x.y")).get().asString().contains("too common");
    }

    @Test
    void refusesACommonWordPaddedWithDigitsOrSymbols() {
        assertThat(policy.refusal("Password1234!", "x.y")).get().asString().contains("too common");
        assertThat(policy.refusal("sunshine2024!!", "x.y")).get().asString().contains("too common");
    }

    @Test
    void refusesARepeatedCharacterTheUsernameAndTheServiceName() {
        assertThat(policy.refusal("aaaaaaaaaaaaaa", "x.y")).isPresent();
        assertThat(policy.refusal("my name is c.chair ok", "c.chair")).contains("Password must not contain the username");
        assertThat(policy.refusal("welcome to irohub today", "x.y")).isPresent();
    }

    @Test
    void refusesAnEmptyOrAbsurdlyLongPassword() {
        assertThat(policy.refusal("", "x.y")).contains("Enter a password");
        assertThat(policy.refusal("a b c d ".repeat(40), "x.y")).contains("Password must be 256 characters or fewer");
    }
}

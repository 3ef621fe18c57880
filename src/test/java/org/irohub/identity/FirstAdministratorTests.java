package org.irohub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirstAdministratorTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void aGeneratedPasswordIsLongRandomAndPassesThePolicy() {
        String one = FirstAdministrator.generatePassword();
        String two = FirstAdministrator.generatePassword();

        assertThat(one).hasSize(23).isNotEqualTo(two);
        assertThat(policy.refusal(one, "admin")).isEmpty();
    }
}

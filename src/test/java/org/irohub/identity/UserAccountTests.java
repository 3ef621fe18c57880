package org.irohub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

class UserAccountTests {

    private final SignInLockoutPolicy policy = new SignInLockoutPolicy(5, Duration.ofMinutes(15));
    private final Instant now = Instant.parse("2026-11-26T10:00:00Z");

    private UserAccount aChair() {
        return UserAccount.create(new Username("c.chair"), "Charlie Chair", null, "{noop}x", Set.of(Roles.CHAIR), now);
    }

    @Test
    void locksForFifteenMinutesOnTheFifthFailureInARow() {
        UserAccount account = aChair();
        for (int i = 1; i <= 4; i++) {
            assertThat(account.recordFailedSignIn(now, policy)).isFalse();
        }
        assertThat(account.recordFailedSignIn(now, policy)).isTrue();

        assertThat(account.isLockedAt(now.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(account.isLockedAt(now.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void aSuccessfulSignInStartsTheCountAgain() {
        UserAccount account = aChair();
        for (int i = 0; i < 4; i++) {
            account.recordFailedSignIn(now, policy);
        }
        account.recordSuccessfulSignIn(now);

        assertThat(account.recordFailedSignIn(now, policy)).isFalse();
        assertThat(account.getLastSignedInAt()).isEqualTo(now);
    }

    @Test
    void aNewPasswordUnlocksTheAccount() {
        UserAccount account = aChair();
        for (int i = 0; i < 5; i++) {
            account.recordFailedSignIn(now, policy);
        }
        account.changePassword("{noop}y");

        assertThat(account.isLockedAt(now)).isFalse();
    }

    @Test
    void refusesARoleThatDoesNotExist() {
        assertThatThrownBy(() -> aChair().grantOnly(Set.of("SUPERUSER"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void usernamesAreCheckedForLengthAndCharacters() {
        assertThatThrownBy(() -> new Username("ab")).hasMessageContaining("3 to 80");
        assertThatThrownBy(() -> new Username("has space")).hasMessageContaining("letters, numbers");
        assertThat(new Username(" j.smith@council.gov.uk ").value()).isEqualTo("j.smith@council.gov.uk");
    }
}

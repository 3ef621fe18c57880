package org.irohub.identity;

import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** After a number of failed sign-ins in a row, refuse sign-in for a while (default: 5 failures, 15 minutes). */
@Component
public class SignInLockoutPolicy {

    private final int maxFailures;
    private final Duration lockout;

    SignInLockoutPolicy(@Value("${irohub.security.max-failed-sign-ins:5}") int maxFailures,
            @Value("${irohub.security.lockout:15m}") Duration lockout) {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("irohub.security.max-failed-sign-ins must be at least 1");
        }
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    boolean shouldLock(int failuresInARow) {
        return failuresInARow >= maxFailures;
    }

    Instant lockedUntil(Instant now) {
        return now.plus(lockout);
    }

    public Duration lockout() {
        return lockout;
    }
}

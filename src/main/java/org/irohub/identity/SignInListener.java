package org.irohub.identity;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins towards the lockout and publishes every sign-in attempt for the audit log. Successful
 * HTTP Basic calls are not written one by one (each API call is audited for what it reads or writes), but a
 * success still clears the failure count.
 */
@Component
class SignInListener {

    static final String SIGN_IN = "SIGN_IN";

    private final UserAccounts accounts;
    private final SignInLockoutPolicy lockoutPolicy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignInListener(UserAccounts accounts, SignInLockoutPolicy lockoutPolicy, ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.lockoutPolicy = lockoutPolicy;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String typed = event.getAuthentication().getName();
        Exception cause = event.getException();
        var account = accounts.findByUsername(typed);
        String detail;
        if (cause instanceof LockedException) {
            detail = "account locked";
        }
        else if (cause instanceof DisabledException) {
            detail = "account disabled";
        }
        else if (account.isEmpty()) {
            detail = "unknown username";
        }
        else if (cause instanceof BadCredentialsException) {
            UserAccount user = account.get();
            boolean locked = user.recordFailedSignIn(clock.instant(), lockoutPolicy);
            accounts.save(user);
            detail = locked ? "wrong password; account locked for " + lockoutPolicy.lockout().toMinutes() + " minutes"
                    : "wrong password";
        }
        else {
            detail = cause.getClass().getSimpleName();
        }
        events.publishEvent(new AccountEvent(SIGN_IN, account.map(UserAccount::getId).orElse(null), typed, false, detail));
    }

    @EventListener
    @Transactional
    public void onInteractiveSuccess(InteractiveAuthenticationSuccessEvent event) {
        accounts.findByUsername(event.getAuthentication().getName()).ifPresent(user -> {
            user.recordSuccessfulSignIn(clock.instant());
            accounts.save(user);
            events.publishEvent(new AccountEvent(SIGN_IN, user.getId(), user.getUsername(), true, null));
        });
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        accounts.findByUsername(event.getAuthentication().getName())
            .filter(user -> user.getLockedUntil() != null || hasFailures(user))
            .ifPresent(user -> {
                user.recordSuccessfulSignIn(clock.instant());
                accounts.save(user);
            });
    }

    private static boolean hasFailures(UserAccount user) {
        return user.failedSignIns() > 0;
    }
}

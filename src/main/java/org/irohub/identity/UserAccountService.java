package org.irohub.identity;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases of user administration; each change publishes an {@link AccountEvent} the audit log records. */
@Service
public class UserAccountService {

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy passwordPolicy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UserAccountService(UserAccounts accounts, PasswordEncoder encoder, PasswordPolicy passwordPolicy, ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.passwordPolicy = passwordPolicy;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<UserAccount> all() {
        return accounts.findAllByName();
    }

    @Transactional(readOnly = true)
    public UserAccount get(long id) {
        return accounts.findById(id).orElseThrow(() -> new UserNotFoundException(id));
    }

    @Transactional(readOnly = true)
    public boolean anyExist() {
        return accounts.count() > 0;
    }

    @Transactional
    public UserAccount create(NewUser request) {
        Username username;
        try {
            username = new Username(request.username());
        }
        catch (IllegalArgumentException e) {
            throw new UserAccountException("username", e.getMessage());
        }
        if (request.displayName() == null || request.displayName().isBlank()) {
            throw new UserAccountException("displayName", "Enter the person's full name");
        }
        if (accounts.findByUsername(username.value()).isPresent()) {
            throw new UserAccountException("username", "A user with that username already exists");
        }
        checkPassword(request.password(), username.value());
        checkRoles(request.roles());
        UserAccount saved = accounts.save(UserAccount.create(username, request.displayName(), request.email(),
                encoder.encode(request.password()), request.roles(), clock.instant()));
        events.publishEvent(AccountEvent.changed("USER_CREATED", saved.getId(), "roles=" + String.join(",", saved.getRoles())));
        return saved;
    }

    @Transactional
    public UserAccount update(long id, int expectedVersion, String displayName, String email, Set<String> roles) {
        UserAccount account = current(id, expectedVersion);
        if (displayName == null || displayName.isBlank()) {
            throw new UserAccountException("displayName", "Enter the person's full name");
        }
        checkRoles(roles);
        Set<String> before = account.getRoles();
        account.rename(displayName, email);
        account.grantOnly(roles);
        UserAccount saved = save(account);
        events.publishEvent(AccountEvent.changed("USER_UPDATED", id,
                "roles " + String.join(",", before) + " -> " + String.join(",", saved.getRoles())));
        return saved;
    }

    @Transactional
    public UserAccount disable(long id, int expectedVersion, String actingUsername) {
        UserAccount account = current(id, expectedVersion);
        if (account.getUsername().equalsIgnoreCase(actingUsername)) {
            throw new UserAccountException("enabled", "You cannot disable your own account");
        }
        account.disable();
        UserAccount saved = save(account);
        events.publishEvent(AccountEvent.changed("USER_DISABLED", id, null));
        return saved;
    }

    @Transactional
    public UserAccount enable(long id, int expectedVersion) {
        UserAccount account = current(id, expectedVersion);
        account.enable();
        UserAccount saved = save(account);
        events.publishEvent(AccountEvent.changed("USER_ENABLED", id, null));
        return saved;
    }

    @Transactional
    public UserAccount resetPassword(long id, int expectedVersion, String newPassword) {
        UserAccount account = current(id, expectedVersion);
        checkPassword(newPassword, account.getUsername());
        account.changePassword(encoder.encode(newPassword));
        UserAccount saved = save(account);
        events.publishEvent(AccountEvent.changed("USER_PASSWORD_RESET", id, null));
        return saved;
    }

    private UserAccount current(long id, int expectedVersion) {
        UserAccount account = get(id);
        if (account.getVersion() != expectedVersion) {
            throw staleEdit();
        }
        return account;
    }

    private UserAccount save(UserAccount account) {
        try {
            return accounts.save(account);
        }
        catch (OptimisticLockingFailureException e) {
            throw staleEdit();
        }
    }

    private static UserAccountException staleEdit() {
        return new UserAccountException("version",
                "Someone else changed this user while you were editing. Reload the page to see their change, then try again");
    }

    private void checkPassword(String password, String username) {
        passwordPolicy.refusal(password, username).ifPresent(reason -> {
            throw new UserAccountException("password", reason);
        });
    }

    private static void checkRoles(Set<String> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new UserAccountException("roles", "Select at least one role");
        }
        if (!Roles.ALL.containsAll(roles)) {
            throw new UserAccountException("roles", "Select roles from the list");
        }
    }
}

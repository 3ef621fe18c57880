package org.irohub.support;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.irohub.identity.NewUser;
import org.irohub.identity.UserAccount;
import org.irohub.identity.UserAccountService;
import org.springframework.stereotype.Component;

/** Makes users with unique names for tests that share one database. */
@Component
public class TestUsers {

    public static final String PASSWORD = "correct horse battery staple";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final UserAccountService users;

    TestUsers(UserAccountService users) {
        this.users = users;
    }

    public record Credentials(long id, String username, String password) {
    }

    public Credentials withRoles(String... roles) {
        String username = "user" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        UserAccount account = users.create(new NewUser(username, "Test " + String.join(" ", roles), null, PASSWORD,
                Set.of(roles)));
        return new Credentials(account.getId(), username, PASSWORD);
    }
}

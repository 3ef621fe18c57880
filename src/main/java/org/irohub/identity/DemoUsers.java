package org.irohub.identity;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only (profile {@code demo}, which sets {@code irohub.demo.enabled}): one user per role, with the
 * passwords printed in the README. Never created otherwise: the bean does not exist outside demo mode.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "irohub.demo.enabled", havingValue = "true")
class DemoUsers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    record DemoUser(String username, String name, String role, String password) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("demo.admin", "Dana Admin", Roles.ADMIN, "demo admin kettle lantern"),
            new DemoUser("demo.manager", "Morgan Manager", Roles.IRO_MANAGER, "demo manager harbour violet"),
            new DemoUser("demo.chair", "Charlie Chair", Roles.CHAIR, "demo chair orchard pebble"),
            new DemoUser("demo.support", "Sam Support", Roles.BUSINESS_SUPPORT, "demo support meadow copper"),
            new DemoUser("demo.viewer", "Val Viewer", Roles.PERFORMANCE_VIEWER, "demo viewer thistle canyon"),
            new DemoUser("demo.auditor", "Alex Auditor", Roles.AUDITOR, "demo auditor saffron glacier"));

    private final UserAccountService users;
    private final UserAccounts accounts;

    DemoUsers(UserAccountService users, UserAccounts accounts) {
        this.users = users;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoUser demo : USERS) {
            if (accounts.findByUsername(demo.username()).isEmpty()) {
                users.create(new NewUser(demo.username(), demo.name(), null, demo.password(), Set.of(demo.role())));
                log.info("Demo mode: created {} ({})", demo.username(), demo.role());
            }
        }
    }
}

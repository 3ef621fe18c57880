package org.irohub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.irohub.support.IroHubTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.boot.test.context.SpringBootTest;

class DemoUsersTests {

    @Nested
    @IroHubTest
    class OutsideDemoMode {

        @Autowired
        UserAccounts accounts;

        @Autowired
        ApplicationContext context;

        @Test
        void noDemoUserExistsAndTheDemoBeanIsAbsent() {
            assertThat(context.getBeansOfType(DemoUsers.class)).isEmpty();
            for (DemoUsers.DemoUser demo : DemoUsers.USERS) {
                assertThat(accounts.findByUsername(demo.username())).isEmpty();
            }
        }

        @Test
        void theFirstAdministratorComesFromTheEnvironment() {
            UserAccount admin = accounts.findByUsername("admin").orElseThrow();
            assertThat(admin.getRoles()).containsExactly(Roles.ADMIN);
        }
    }

    @Nested
    @SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:demo;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
    @ActiveProfiles({ "test", "demo" })
    class InDemoMode {

        @Autowired
        UserAccounts accounts;

        @Autowired
        PasswordEncoder encoder;

        @Test
        void thereIsOneDemoUserPerRoleWithThePasswordInTheReadme() {
            assertThat(DemoUsers.USERS).extracting(DemoUsers.DemoUser::role).containsExactlyInAnyOrderElementsOf(Roles.ALL);
            for (DemoUsers.DemoUser demo : DemoUsers.USERS) {
                UserAccount account = accounts.findByUsername(demo.username()).orElseThrow();
                assertThat(account.getRoles()).containsExactly(demo.role());
                assertThat(encoder.matches(demo.password(), account.getPasswordHash())).isTrue();
            }
        }
    }
}

package org.irohub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;

import org.irohub.support.IroHubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

@IroHubTest
class UserAccountServiceTests {

    @Autowired
    UserAccountService users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    private NewUser aNewChair() {
        return new NewUser("chair-" + UUID.randomUUID().toString().substring(0, 8), "Pat Chair", "pat@example.org",
                "orange giraffe telescope", Set.of(Roles.CHAIR));
    }

    @Test
    void createsAUserWithAnArgon2HashAndAnAuditEntry() {
        UserAccount created = users.create(aNewChair());

        assertThat(created.getPasswordHash()).startsWith("{argon2@SpringSecurity_v5_8}$argon2id$");
        assertThat(encoder.matches("orange giraffe telescope", created.getPasswordHash())).isTrue();
        assertThat(users.get(created.getId()).getRoles()).containsExactly(Roles.CHAIR);
        assertThat(auditActions(created.getId())).contains("USER_CREATED");
    }

    @Test
    void refusesADuplicateUsernameWhateverItsCase() {
        NewUser first = aNewChair();
        users.create(first);

        assertThatThrownBy(() -> users.create(new NewUser(first.username().toUpperCase(), "Other", null,
                "purple walrus cinema", Set.of(Roles.CHAIR))))
            .isInstanceOf(UserAccountException.class)
            .hasMessage("A user with that username already exists");
    }

    @Test
    void refusesAWeakPasswordAndWritesNothing() {
        NewUser weak = new NewUser("weak-" + UUID.randomUUID().toString().substring(0, 8), "Weak", null, "short",
                Set.of(Roles.CHAIR));
        long before = users.all().size();

        assertThatThrownBy(() -> users.create(weak)).isInstanceOf(UserAccountException.class)
            .extracting(e -> ((UserAccountException) e).field())
            .isEqualTo("password");
        assertThat(users.all()).hasSize((int) before);
    }

    @Test
    void changesRolesAndAuditsBeforeAndAfter() {
        UserAccount created = users.create(aNewChair());

        UserAccount updated = users.update(created.getId(), created.getVersion(), "Pat Chair", null,
                Set.of(Roles.CHAIR, Roles.IRO_MANAGER));

        assertThat(updated.getRoles()).containsExactly(Roles.CHAIR, Roles.IRO_MANAGER);
        assertThat(auditDetails(created.getId(), "USER_UPDATED")).contains("roles CHAIR -> CHAIR,IRO_MANAGER");
    }

    @Test
    void theSecondOfTwoAdministratorsEditingAtOnceIsRefusedNotLost() {
        UserAccount created = users.create(aNewChair());
        int versionBothSaw = created.getVersion();
        users.update(created.getId(), versionBothSaw, "Pat Chair", null, Set.of(Roles.CHAIR, Roles.AUDITOR));

        assertThatThrownBy(() -> users.update(created.getId(), versionBothSaw, "Pat Chair", null,
                Set.of(Roles.CHAIR, Roles.IRO_MANAGER)))
            .isInstanceOf(UserAccountException.class)
            .hasMessageContaining("Someone else changed this user");
        assertThat(users.get(created.getId()).getRoles()).containsExactly(Roles.AUDITOR, Roles.CHAIR);
    }

    @Test
    void disablesAndEnablesButNeverYourOwnAccount() {
        UserAccount created = users.create(aNewChair());
        UserAccount disabled = users.disable(created.getId(), created.getVersion(), "someone.else");
        assertThat(disabled.isEnabled()).isFalse();
        assertThat(users.enable(created.getId(), disabled.getVersion()).isEnabled()).isTrue();

        UserAccount current = users.get(created.getId());
        assertThatThrownBy(() -> users.disable(created.getId(), current.getVersion(), created.getUsername()))
            .hasMessage("You cannot disable your own account");
    }

    @Test
    void resetsAPasswordUnderTheSamePolicy() {
        UserAccount created = users.create(aNewChair());
        assertThatThrownBy(() -> users.resetPassword(created.getId(), created.getVersion(), "password12345"))
            .hasMessageContaining("too common");

        UserAccount reset = users.resetPassword(created.getId(), created.getVersion(), "lemon anchor velvet");
        assertThat(encoder.matches("lemon anchor velvet", reset.getPasswordHash())).isTrue();
        assertThat(auditActions(created.getId())).contains("USER_PASSWORD_RESET");
    }

    private java.util.List<String> auditActions(long userId) {
        return jdbc.sql("SELECT action FROM audit_entry WHERE record_type = 'UserAccount' AND record_id = :id ORDER BY id")
            .param("id", String.valueOf(userId))
            .query(String.class)
            .list();
    }

    private java.util.List<String> auditDetails(long userId, String action) {
        return jdbc.sql("SELECT detail FROM audit_entry WHERE record_type = 'UserAccount' AND record_id = :id AND action = :action")
            .param("id", String.valueOf(userId))
            .param("action", action)
            .query(String.class)
            .list();
    }
}

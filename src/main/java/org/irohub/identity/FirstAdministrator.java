package org.irohub.identity;

import java.security.SecureRandom;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a first start (no user at all) creates the administrator from IROHUB_ADMIN_USERNAME and
 * IROHUB_ADMIN_PASSWORD. Without a password it generates one and prints it once: it cannot be shown again,
 * only reset.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final String WORDS_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final UserAccountService users;
    private final String username;
    private final String password;

    FirstAdministrator(UserAccountService users, @Value("${irohub.admin.username:admin}") String username,
            @Value("${irohub.admin.password:}") String password) {
        this.users = users;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.anyExist()) {
            return;
        }
        boolean generated = password == null || password.isBlank();
        String chosen = generated ? generatePassword() : password;
        try {
            users.create(new NewUser(username, "Administrator", null, chosen, Set.of(Roles.ADMIN)));
        }
        catch (UserAccountException e) {
            throw new IllegalStateException("Cannot create the first administrator from IROHUB_ADMIN_USERNAME / "
                    + "IROHUB_ADMIN_PASSWORD: " + e.getMessage(), e);
        }
        if (generated) {
            log.warn("""

                    ================================================================
                    First start: created administrator '{}' with the password
                        {}
                    It is shown only this once. Sign in and change it, or set
                    IROHUB_ADMIN_PASSWORD before the first start next time.
                    ================================================================""", username, chosen);
        }
        else {
            log.info("First start: created administrator '{}' from IROHUB_ADMIN_PASSWORD", username);
        }
    }

    static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                sb.append('-');
            }
            sb.append(WORDS_ALPHABET.charAt(random.nextInt(WORDS_ALPHABET.length())));
        }
        return sb.toString();
    }
}

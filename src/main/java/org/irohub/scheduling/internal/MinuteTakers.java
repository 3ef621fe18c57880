package org.irohub.scheduling.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.irohub.identity.Roles;
import org.irohub.identity.UserAccount;
import org.irohub.identity.UserAccountService;
import org.springframework.stereotype.Component;

/**
 * Minute-takers: usually a business support colleague, kept by username, or anyone else by name. A name typed
 * that is a business support user's username is kept as that username.
 */
@Component
public class MinuteTakers {

    static final int MAX_LENGTH = 120;

    private final UserAccountService users;

    MinuteTakers(UserAccountService users) {
        this.users = users;
    }

    /** Business support users who can sign in, by display name. */
    public List<UserAccount> businessSupport() {
        return users.all().stream()
            .filter(UserAccount::isEnabled)
            .filter(u -> u.getRoles().contains(Roles.BUSINESS_SUPPORT))
            .sorted(java.util.Comparator.comparing(u -> u.getDisplayName().toLowerCase(Locale.ROOT)))
            .toList();
    }

    /** What to keep for what was typed: a business support username as it is spelt, or the name, tidied. */
    String normalise(String typed) {
        String text = typed.trim().replaceAll("\\s+", " ");
        return user(text).map(UserAccount::getUsername).orElse(text);
    }

    /** "Bea Support (bea.support)" for a business support user, otherwise the name as kept. */
    public String describe(String minuteTaker) {
        if (minuteTaker == null) {
            return "";
        }
        return user(minuteTaker).map(u -> u.getDisplayName() + " (" + u.getUsername() + ")").orElse(minuteTaker);
    }

    /** {@link #describe} for many at once, reading the users once. */
    public java.util.function.Function<String, String> describer() {
        java.util.Map<String, UserAccount> byUsername = new java.util.HashMap<>();
        users.all().stream()
            .filter(u -> u.getRoles().contains(Roles.BUSINESS_SUPPORT))
            .forEach(u -> byUsername.put(u.getUsername().toLowerCase(Locale.ROOT), u));
        return taker -> {
            if (taker == null) {
                return "";
            }
            UserAccount u = byUsername.get(taker.toLowerCase(Locale.ROOT));
            return u == null ? taker : u.getDisplayName() + " (" + u.getUsername() + ")";
        };
    }

    private Optional<UserAccount> user(String text) {
        return users.all().stream()
            .filter(u -> u.getRoles().contains(Roles.BUSINESS_SUPPORT))
            .filter(u -> u.getUsername().equalsIgnoreCase(text))
            .findFirst();
    }
}

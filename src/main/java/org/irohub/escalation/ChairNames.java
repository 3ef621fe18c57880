package org.irohub.escalation;

import java.util.Map;
import java.util.stream.Collectors;

import org.irohub.identity.UserAccount;
import org.irohub.identity.UserAccountService;
import org.springframework.stereotype.Component;

/** The display names of the chairs and IROs who raised escalations, which are stored by username. */
@Component
class ChairNames {

    private final UserAccountService users;

    ChairNames(UserAccountService users) {
        this.users = users;
    }

    /** Display name by username, for every account; an unknown username stands for itself. */
    Map<String, String> all() {
        return users.all().stream().collect(Collectors.toMap(UserAccount::getUsername,
                u -> u.getDisplayName() == null || u.getDisplayName().isBlank() ? u.getUsername() : u.getDisplayName(),
                (a, b) -> a));
    }
}

package org.irohub.identity;

import java.util.Set;

/** What an administrator enters to create an account. */
public record NewUser(String username, String displayName, String email, String password, Set<String> roles) {
}

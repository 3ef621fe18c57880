package org.irohub.identity;


/** One role granted to a user account. */
record RoleGrant(String role) {
}

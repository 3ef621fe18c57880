package org.irohub.identity.web;

import java.util.List;
import java.util.Set;

/** The fields of the create and edit user pages, bound as typed so a refused form can be shown again. */
record UserForm(String username, String displayName, String email, String password, List<String> roles,
        Integer version) {

    static UserForm empty() {
        return new UserForm("", "", "", "", List.of(), null);
    }

    Set<String> roleSet() {
        return roles == null ? Set.of() : Set.copyOf(roles);
    }
}

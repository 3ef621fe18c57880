package org.irohub.protection.participation.web;

import java.util.Arrays;

import org.springframework.security.core.context.SecurityContextHolder;

/** Which links and forms to show; the handlers themselves are guarded by {@code @PreAuthorize}. */
final class CurrentUser {

    private CurrentUser() {
    }

    static boolean hasAnyRole(String... roles) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream()
            .anyMatch(a -> Arrays.stream(roles).anyMatch(r -> a.getAuthority().equals("ROLE_" + r)));
    }
}

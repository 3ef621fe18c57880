package org.irohub.staff.web;

import org.irohub.identity.Roles;
import org.springframework.security.core.Authentication;

/**
 * Who may see and change staff records: managers and administrators keep them; chairs and business support
 * read the lists (to see who works which days and which rooms there are).
 */
final class StaffAccess {

    static final String CAN_VIEW = "hasAnyRole('" + Roles.IRO_MANAGER + "','" + Roles.ADMIN + "','" + Roles.CHAIR
            + "','" + Roles.BUSINESS_SUPPORT + "')";
    static final String CAN_EDIT = Roles.IS_MANAGER_OR_ADMIN;

    private StaffAccess() {
    }

    /** Whether to offer the change links on a list page (the handlers check again). */
    static boolean canEdit(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
            .anyMatch(a -> a.getAuthority().equals("ROLE_" + Roles.IRO_MANAGER)
                    || a.getAuthority().equals("ROLE_" + Roles.ADMIN));
    }
}

package org.irohub.scheduling;

import org.irohub.identity.Roles;

/** Who may do what in scheduling. */
public final class SchedulingRoles {

    /** The manager's daily allocation page. */
    public static final String ALLOCATE = Roles.IS_MANAGER_OR_ADMIN;

    /** Book, rebook or cancel a conference; see the booking list. */
    public static final String BOOK = "hasAnyRole('" + Roles.IRO_MANAGER + "','" + Roles.BUSINESS_SUPPORT + "','"
            + Roles.ADMIN + "')";

    private SchedulingRoles() {
    }
}

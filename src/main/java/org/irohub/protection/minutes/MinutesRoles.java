package org.irohub.protection.minutes;

import org.irohub.identity.Roles;

/** Who may do what with minutes. Business support runs the process; only a chair or their manager approves. */
public final class MinutesRoles {

    /** Business support's list of minutes due and overdue. */
    public static final String TRACK = "hasAnyRole('" + Roles.BUSINESS_SUPPORT + "','" + Roles.IRO_MANAGER + "','"
            + Roles.ADMIN + "')";

    /** Read a conference's minutes and record the steps other than approval (the chair sends the decision letter). */
    public static final String RECORD = "hasAnyRole('" + Roles.BUSINESS_SUPPORT + "','" + Roles.IRO_MANAGER + "','"
            + Roles.CHAIR + "','" + Roles.ADMIN + "')";

    /** Approve the minutes: the chair, or the chair's manager. */
    public static final String APPROVE = "hasAnyRole('" + Roles.CHAIR + "','" + Roles.IRO_MANAGER + "')";

    /** A chair's own list of conferences. */
    public static final String CHAIR = "hasRole('" + Roles.CHAIR + "')";

    private MinutesRoles() {
    }
}

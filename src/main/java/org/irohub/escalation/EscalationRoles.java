package org.irohub.escalation;

import org.irohub.identity.Roles;

/** Who may do what with escalations. Performance viewers see the figures, never a case. */
public final class EscalationRoles {

    /** Raise, escalate, answer, resolve or withdraw an escalation, and see one: chairs/IROs and their managers. */
    public static final String CASE_WORK = "hasAnyRole('" + Roles.CHAIR + "','" + Roles.IRO_MANAGER + "')";

    /** The summary of escalations by quarter, stage, agency, theme and chair (issue 5). */
    public static final String FIGURES = "hasAnyRole('" + Roles.IRO_MANAGER + "','" + Roles.PERFORMANCE_VIEWER + "')";

    /** The weekly tracker of open escalations, which names children: managers, and administrators who send it on. */
    public static final String TRACKER = "hasAnyRole('" + Roles.IRO_MANAGER + "','" + Roles.ADMIN + "')";

    /** Adding, renaming and deactivating agencies and themes. */
    public static final String LISTS = "hasAnyRole('" + Roles.ADMIN + "','" + Roles.IRO_MANAGER + "')";

    /** Figures by chair are for supervision (seed 8.6), so only managers see them. */
    public static final String SUPERVISION = "hasRole('" + Roles.IRO_MANAGER + "')";

    private EscalationRoles() {
    }
}

package org.irohub.escalation;

import org.irohub.identity.Roles;

/** Who may do what with escalations. Performance viewers see the figures, never a case. */
public final class EscalationRoles {

    /** Raise, escalate, answer, resolve or withdraw an escalation, and see one: chairs/IROs and their managers. */
    public static final String CASE_WORK = "hasAnyRole('" + Roles.CHAIR + "','" + Roles.IRO_MANAGER + "')";

    /** The summary of escalations by quarter, stage, agency, theme and chair (issue 5). */
    public static final String FIGURES = "hasAnyRole('" + Roles.IRO_MANAGER + "','" + Roles.PERFORMANCE_VIEWER + "')";

    private EscalationRoles() {
    }
}

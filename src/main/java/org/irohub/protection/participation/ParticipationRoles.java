package org.irohub.protection.participation;

import org.irohub.protection.ProtectionRoles;

/** Who may change a conference's participation: business support invites; the chair records who came. */
public final class ParticipationRoles {

    /** Invitees and their reports: business support, chairs, managers, administrators. */
    public static final String INVITE = ProtectionRoles.CASE_WORK;

    /** Attendance, the child's participation and the inquorate decision: the chair or the chair's manager. */
    public static final String RECORD_ATTENDANCE = ProtectionRoles.RECORD_OUTCOME;

    private ParticipationRoles() {
    }
}

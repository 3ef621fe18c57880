package org.irohub.protection;

import org.irohub.identity.Roles;

/** Who may do what in the child protection process. Performance viewers and auditors never see a case. */
public final class ProtectionRoles {

    /** Read a case, record a strategy discussion, close a request. */
    public static final String CASE_WORK = "hasAnyRole('" + Roles.IRO_MANAGER + "','" + Roles.CHAIR + "','"
            + Roles.BUSINESS_SUPPORT + "','" + Roles.ADMIN + "')";

    /** Record what a conference decided: the chair, or the chair's manager. */
    public static final String RECORD_OUTCOME = "hasAnyRole('" + Roles.CHAIR + "','" + Roles.IRO_MANAGER + "')";

    /** Change the list of reasons out of timescale. */
    public static final String ADMINISTER_LISTS = Roles.IS_ADMIN;

    private ProtectionRoles() {
    }
}

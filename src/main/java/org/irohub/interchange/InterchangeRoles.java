package org.irohub.interchange;

import org.irohub.identity.Roles;

/** Who may import and export CIN census returns: administrators and IRO managers. */
public final class InterchangeRoles {

    public static final String IMPORT_EXPORT = "hasAnyRole('" + Roles.ADMIN + "','" + Roles.IRO_MANAGER + "')";

    private InterchangeRoles() {
    }
}

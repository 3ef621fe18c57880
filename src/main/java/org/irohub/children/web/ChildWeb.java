package org.irohub.children.web;

import org.irohub.children.ChildId;
import org.irohub.identity.Roles;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.server.ResponseStatusException;

/** What the children pages and API share: who may use them, and reading a child id from a path. */
final class ChildWeb {

    /** Everyone who works with children's records; never performance viewers or auditors. */
    static final String CAN_SEE_CHILDREN = "hasAnyRole('" + Roles.IRO_MANAGER + "','" + Roles.CHAIR + "','"
            + Roles.BUSINESS_SUPPORT + "','" + Roles.ADMIN + "')";

    private ChildWeb() {
    }

    /** A path id that cannot be a child is simply not found. */
    static ChildId childId(long value) {
        if (value <= 0) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return new ChildId(value);
    }

    static boolean isAdministrator(Authentication user) {
        return user.getAuthorities().stream().anyMatch(a -> ("ROLE_" + Roles.ADMIN).equals(a.getAuthority()));
    }
}

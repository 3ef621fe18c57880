package org.irohub.children.internal;

import java.util.Optional;

/**
 * Who may see and who may change access to a child's record, beyond the roles checked on each page and API
 * call. A restricted record is for the named users only: no role, not even administrator, sees it otherwise,
 * because restriction exists for cases (a child of a member of staff, a high-profile case) where the usual
 * rule that every chair may look is not good enough.
 */
final class ChildAccessPolicy {

    private ChildAccessPolicy() {
    }

    /** Why this user may not see the child, or empty if they may. */
    static Optional<String> refusalToView(Child child, String username) {
        if (!child.isRestricted() || child.isNamed(username)) {
            return Optional.empty();
        }
        return Optional.of("Restricted record: the user is not named on it");
    }

    /**
     * Named users may change who is named; so may an administrator who is not, without seeing the child, so
     * that a record whose named users have all left can be handed on.
     */
    static Optional<String> refusalToChangeAccess(Child child, String username, boolean administrator) {
        if (administrator) {
            return Optional.empty();
        }
        return refusalToView(child, username);
    }
}

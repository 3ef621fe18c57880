package org.irohub.children;

import java.util.List;
import java.util.Optional;

/**
 * What other modules may ask about children. Reads here are not audited as views: the calling module audits
 * the view of its own record (a conference, an escalation) that shows the child. Access refusals are audited.
 */
public interface ChildDirectory {

    /** @throws ChildNotFoundException when there is no such child */
    ChildSummary get(ChildId id);

    Optional<ChildSummary> find(ChildId id);

    /**
     * Whether the user may see the child, considering the restriction only (roles are checked by the caller's
     * {@code @PreAuthorize}). False for a child that does not exist.
     */
    boolean canAccess(ChildId id, String username);

    /**
     * Refuses a user who may not see the child as if it did not exist, and audits the refusal as DENIED (the
     * entry is kept even when the caller's transaction rolls back because of the exception).
     *
     * @throws ChildNotFoundException when there is no such child or the user may not see it
     */
    void checkAccess(ChildId id, String username);

    /** The other children in the child's sibling group (none when it has no group), in id order. */
    List<ChildId> siblingsOf(ChildId id);

    Optional<SiblingGroupId> siblingGroupOf(ChildId id);
}

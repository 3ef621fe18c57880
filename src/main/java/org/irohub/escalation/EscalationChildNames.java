package org.irohub.escalation;

import java.util.List;

import org.irohub.children.ChildDirectory;
import org.irohub.children.ChildId;
import org.irohub.children.ChildSummary;
import org.springframework.stereotype.Component;

/**
 * The children of an escalation as a user may see them. Not audited here: the callers audit the view of the
 * escalation, list or tracker that shows them.
 */
@Component
public class EscalationChildNames {

    private final ChildDirectory children;

    EscalationChildNames(ChildDirectory children) {
        this.children = children;
    }

    /** Every child of the escalation, the lead child first; the ones the user may not see without name or id. */
    public List<NamedChild> of(Escalation e, String username) {
        return e.getChildIds().stream().map(id -> named(id, username)).toList();
    }

    /** Whether the user may see at least one of the escalation's children, and so the escalation. */
    boolean anyVisible(Escalation e, String username) {
        return e.getChildIds().stream().anyMatch(id -> children.canAccess(id, username));
    }

    /**
     * The child's siblings that the user may see, in id order. Siblings the user may not see are left out
     * entirely (as the child page does), so a group escalation never names nor writes to a record its chair
     * could not open.
     */
    List<ChildSummary> visibleSiblings(ChildId child, String username) {
        return children.siblingsOf(child).stream()
            .filter(s -> children.canAccess(s, username))
            .map(children::get)
            .toList();
    }

    private NamedChild named(ChildId id, String username) {
        if (!children.canAccess(id, username)) {
            return new NamedChild(id, null, null);
        }
        ChildSummary c = children.get(id);
        return new NamedChild(id, c.laChildId(), c.fullName());
    }
}

package org.irohub.escalation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.irohub.children.ChildId;
import org.irohub.children.SiblingGroupId;

/**
 * The children an escalation is about: the lead child it was raised from, and, when raised for the lead child's
 * sibling group ({@code siblingGroup} not null), the siblings. {@link #all()} has the lead child first, once.
 */
public record EscalationChildren(ChildId lead, List<ChildId> siblings, SiblingGroupId siblingGroup) {

    public EscalationChildren {
        if (lead == null) {
            throw new IllegalArgumentException("An escalation is about at least one child");
        }
        var others = new LinkedHashSet<>(siblings == null ? List.<ChildId>of() : siblings);
        others.remove(lead);
        siblings = List.copyOf(others);
    }

    public static EscalationChildren of(ChildId child) {
        return new EscalationChildren(child, List.of(), null);
    }

    public List<ChildId> all() {
        List<ChildId> all = new ArrayList<>(siblings.size() + 1);
        all.add(lead);
        all.addAll(siblings);
        return List.copyOf(all);
    }
}

package org.irohub.escalation;

import org.irohub.children.ChildId;

/**
 * A child an escalation is about, as a given user may see it: {@code laChildId} and {@code fullName} are null when
 * the child's record is restricted and the user is not one of the people it is restricted to.
 */
public record NamedChild(ChildId id, String laChildId, String fullName) {

    public static final String RESTRICTED = "Restricted record";

    public boolean hidden() {
        return fullName == null;
    }

    /** The name, or {@link #RESTRICTED} for a child the user may not see. */
    public String nameOrRestricted() {
        return hidden() ? RESTRICTED : fullName;
    }

    public String laChildIdOrRestricted() {
        return hidden() ? RESTRICTED : laChildId;
    }
}

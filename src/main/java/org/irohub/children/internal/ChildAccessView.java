package org.irohub.children.internal;

import java.util.Set;

/**
 * Who may see a record, without the child's details: what an administrator who is not named is shown when
 * handing a restricted record on.
 */
public record ChildAccessView(long id, String laChildId, boolean restricted, Set<String> allowedUsers, int version) {
}

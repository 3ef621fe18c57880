package org.irohub.children.internal;

/** A username allowed to see a restricted child. */
record ChildAccessGrant(String username) {
}

package org.irohub.children.internal;

/** A child in a sibling group. */
record SiblingGroupMember(long childId) {
}

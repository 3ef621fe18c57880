package org.irohub.children;

/** Identifies a child's record. */
public record ChildId(long value) {
}

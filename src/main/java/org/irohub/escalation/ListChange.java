package org.irohub.escalation;

/** A new label and active flag for a list entry, made from the entry at {@code version}. */
public record ListChange(String label, Boolean active, Integer version) {
}

package org.irohub.escalation;

/** An entry of a configurable list as its editors see it: deactivated entries stay, marked inactive. */
public record ListItem(String code, String label, int position, boolean active, int version) {
}

package org.irohub.escalation;

/** An agency or a theme from the service's configurable lists. */
public record ListEntry(String code, String label) {
}

package org.irohub.escalation;

/** A new agency or theme: its label, and a code (made from the label when absent). */
public record NewListEntry(String code, String label) {
}

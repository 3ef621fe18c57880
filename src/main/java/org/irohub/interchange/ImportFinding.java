package org.irohub.interchange;

/**
 * A DfE validation rule the return broke, by its code (for example {@code 8840}), or a value the import could
 * not use (codes starting {@code IRO-}), with the child's LA child id as in the return (null for a rule about
 * the whole return). The records concerned are kept unless the message says otherwise.
 */
public record ImportFinding(String rule, String message, String laChildId) {
}

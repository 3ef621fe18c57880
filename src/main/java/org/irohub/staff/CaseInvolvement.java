package org.irohub.staff;

/**
 * The people responsible for a child's case, as the chair independence check needs them. Any may be
 * {@code null} when not yet known.
 */
public record CaseInvolvement(String socialWorker, String teamManager, String team) {
}

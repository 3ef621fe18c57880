package org.irohub.staff;

import java.util.Objects;

/**
 * Someone whose cases a chair must not chair: a person (with their role and team when known), or a whole team
 * when only {@code team} is given (for example a team the chair used to manage).
 */
public record ChairConflict(String personName, String role, String team, ConflictReason reason) {

    public ChairConflict {
        personName = blankToNull(personName);
        role = blankToNull(role);
        team = blankToNull(team);
        Objects.requireNonNull(reason, "reason");
        if (personName == null && team == null) {
            throw new IllegalArgumentException("A conflict names a person or a team");
        }
    }

    public static ChairConflict person(String name, ConflictReason reason) {
        return new ChairConflict(name, null, null, reason);
    }

    public static ChairConflict wholeTeam(String team, ConflictReason reason) {
        return new ChairConflict(null, null, team, reason);
    }

    public boolean isWholeTeam() {
        return personName == null;
    }

    /** What the conflict is about, for lists: the person's name, or the team's. */
    public String subject() {
        return isWholeTeam() ? "Team: " + team : personName;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim().replaceAll("\\s+", " ");
    }
}

package org.irohub.scheduling.internal;

import java.time.LocalDate;

/**
 * A chair has chaired a held conference of one of the children, or of a sibling in their sibling group.
 *
 * @param childLabel how to name the child in the reason ("Alex", or "a sibling" when the user may not see them)
 * @param lastConference this chair chaired that child's most recent held conference
 * @param sibling the child is a sibling of the conference's children, not one of them
 */
public record Continuity(String childLabel, LocalDate date, boolean lastConference, boolean sibling) {

    String reason() {
        String whose = childLabel.startsWith("a ") ? childLabel + "'s" : possessive(childLabel);
        String which = lastConference ? "last conference" : "conference";
        String siblingNote = sibling && !childLabel.startsWith("a ") ? " (a sibling)" : "";
        return "Chaired " + whose + " " + which + siblingNote + " on " + SchedulingDates.format(date);
    }

    private static String possessive(String name) {
        return name.endsWith("s") ? name + "'" : name + "'s";
    }
}

package org.irohub.staff;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A chair as other modules see them: who they are, how much they work and who they must not chair for.
 *
 * @param username the IRO Hub user who is this chair, or {@code null} when they have no account
 * @param fte full-time equivalent, 0.10 to 1.00
 * @param active {@code false} once the chair has left the service
 */
public record ChairProfile(ChairId id, String name, String username, String team, BigDecimal fte,
        Set<DayOfWeek> workingDays, int maxConferencesPerDay, List<ChairConflict> conflicts, boolean active) {

    public ChairProfile {
        workingDays = Set.copyOf(workingDays);
        conflicts = List.copyOf(conflicts);
    }

    /** Whether the chair can be given a conference on that date: still in the service and it is one of their days. */
    public boolean worksOn(LocalDate date) {
        return active && workingDays.contains(date.getDayOfWeek());
    }
}

package org.irohub.staff.web;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;

import org.irohub.staff.ChairConflict;
import org.irohub.staff.internal.Chair;

/** A chair in the JSON API: plain values, days in week order. */
record ChairResource(long id, String name, String username, String team, BigDecimal fte,
        List<DayOfWeek> workingDays, int maxConferencesPerDay, boolean active, List<ConflictResource> conflicts,
        int version) {

    record ConflictResource(String personName, String role, String team, boolean wholeTeam, String reason) {

        static ConflictResource of(ChairConflict c) {
            return new ConflictResource(c.personName(), c.role(), c.team(), c.isWholeTeam(), c.reason().name());
        }
    }

    static ChairResource of(Chair chair) {
        return new ChairResource(chair.getId(), chair.getName(), chair.getUsername(), chair.getTeam(), chair.getFte(),
                List.copyOf(chair.getWorkingDays()), chair.getMaxConferencesPerDay(), chair.isActive(),
                chair.getConflicts().stream().map(ConflictResource::of).toList(), chair.getVersion());
    }
}

package org.irohub.staff.web;

import java.time.DayOfWeek;
import java.util.List;

import org.irohub.staff.internal.Chair;
import org.irohub.staff.internal.ChairDetails;

/** The chair fields as typed, so a refused form comes back exactly as it was sent. */
record ChairForm(String name, String username, String team, String fte, List<String> workingDays,
        String maxConferencesPerDay, Integer version) {

    static ChairForm empty() {
        return new ChairForm("", "", "", "1.0", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"),
                String.valueOf(ChairDetails.DEFAULT_MAX_CONFERENCES_PER_DAY), null);
    }

    static ChairForm of(Chair chair) {
        return new ChairForm(chair.getName(), chair.getUsername(), chair.getTeam(), chair.getFte().toPlainString(),
                chair.getWorkingDays().stream().map(DayOfWeek::name).toList(),
                String.valueOf(chair.getMaxConferencesPerDay()), chair.getVersion());
    }

    ChairDetails details() {
        return ChairDetails.parse(name, username, team, fte, workingDays, maxConferencesPerDay);
    }

    // public: the page templates call it
    public boolean works(String day) {
        return workingDays != null && workingDays.contains(day);
    }
}

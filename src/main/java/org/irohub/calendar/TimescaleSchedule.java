package org.irohub.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The timescales with their values over time: the configured value, then each administrator's change from its
 * effective date. A deadline uses the value in force on the date it counts from, so recomputing an old
 * conference's due date gives the answer it gave then.
 */
record TimescaleSchedule(Map<TimescaleId, Timescale> configured, Map<TimescaleId, NavigableMap<LocalDate, Integer>> changes) {

    TimescaleSchedule {
        configured = Collections.unmodifiableMap(new EnumMap<>(configured));
        Map<TimescaleId, NavigableMap<LocalDate, Integer>> copy = new EnumMap<>(TimescaleId.class);
        changes.forEach((id, byDate) -> copy.put(id, Collections.unmodifiableNavigableMap(new TreeMap<>(byDate))));
        changes = Collections.unmodifiableMap(copy);
    }

    static TimescaleSchedule of(Map<TimescaleId, Timescale> configured, List<TimescaleChange> changes) {
        Map<TimescaleId, NavigableMap<LocalDate, Integer>> byId = new EnumMap<>(TimescaleId.class);
        // Changes arrive oldest first, so a later change for the same effective date replaces an earlier one.
        changes.forEach(c -> byId.computeIfAbsent(c.id(), id -> new TreeMap<>()).put(c.effectiveFrom(), c.amount()));
        return new TimescaleSchedule(configured, byId);
    }

    Timescale inForceOn(TimescaleId id, LocalDate date) {
        Timescale base = configured.get(id);
        NavigableMap<LocalDate, Integer> byDate = changes.get(id);
        Map.Entry<LocalDate, Integer> change = byDate == null ? null : byDate.floorEntry(date);
        return change == null ? base : base.withAmount(change.getValue());
    }

    /** Changes that take effect after {@code date}, soonest first. */
    List<TimescaleChange> scheduledAfter(TimescaleId id, LocalDate date) {
        NavigableMap<LocalDate, Integer> byDate = changes.get(id);
        if (byDate == null) {
            return List.of();
        }
        return byDate.tailMap(date, false).entrySet().stream()
            .map(e -> new TimescaleChange(id, e.getValue(), e.getKey()))
            .toList();
    }

    LocalDate dueDate(TimescaleId id, LocalDate basis, WorkingDayCalendar calendar) {
        return inForceOn(id, basis).dueFrom(basis, calendar);
    }

    /**
     * A child conferenced before birth: the first review is due within 10 working days of the birth or 3 months
     * of the initial conference, whichever is sooner; until the birth only the second applies.
     */
    LocalDate preBirthFirstReviewDue(LocalDate icpc, LocalDate birth, WorkingDayCalendar calendar) {
        LocalDate fromIcpc = dueDate(TimescaleId.FIRST_REVIEW, icpc, calendar);
        if (birth == null) {
            return fromIcpc;
        }
        LocalDate fromBirth = dueDate(TimescaleId.PRE_BIRTH_FIRST_REVIEW, birth, calendar);
        return fromBirth.isBefore(fromIcpc) ? fromBirth : fromIcpc;
    }
}

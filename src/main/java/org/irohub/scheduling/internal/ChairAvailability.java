package org.irohub.scheduling.internal;

import java.util.Comparator;
import java.util.List;

import org.irohub.staff.ChairProfile;

/**
 * Whether a chair is free in a slot: it is one of their working days, they chair nothing that overlaps it
 * (back to back is fine), and the day is under their limit. The first thing that stops them is the answer.
 */
public record ChairAvailability(Kind kind, int conferencesThatDay, int limit, Slot slot, Slot clash,
        String dayName) {

    public enum Kind {
        FREE, NOT_WORKING, CLASH, DAY_FULL
    }

    /**
     * @param booked the chair's other bookings that day (not the one being moved, when rebooking)
     */
    public static ChairAvailability of(ChairProfile chair, Slot slot, List<Slot> booked) {
        List<Slot> sameDay = booked.stream().filter(b -> b.date().equals(slot.date())).toList();
        int count = sameDay.size();
        int limit = chair.maxConferencesPerDay();
        String day = SchedulingDates.plural(slot.date().getDayOfWeek());
        if (!chair.worksOn(slot.date())) {
            return new ChairAvailability(Kind.NOT_WORKING, count, limit, slot, null, day);
        }
        Slot clash = sameDay.stream().filter(slot::clashesWith).min(Comparator.comparing(Slot::start)).orElse(null);
        if (clash != null) {
            return new ChairAvailability(Kind.CLASH, count, limit, slot, clash, day);
        }
        if (count >= limit) {
            return new ChairAvailability(Kind.DAY_FULL, count, limit, slot, null, day);
        }
        return new ChairAvailability(Kind.FREE, count, limit, slot, null, day);
    }

    public boolean free() {
        return kind == Kind.FREE;
    }

    /** For a suggestion, shown beside the chair's name. */
    public String reason() {
        String on = SchedulingDates.withDay(slot.date());
        return switch (kind) {
            case FREE -> "Free on " + on + " (" + (conferencesThatDay + 1) + " of " + limit + " conferences that day)";
            case NOT_WORKING -> "Does not work on " + dayName;
            case CLASH -> "Already chairing a conference " + clash.describe();
            case DAY_FULL -> "Already has " + conferencesThatDay + " of " + limit + " conferences on " + on
                    + " (their daily limit)";
        };
    }

    /** For a refused booking, naming the chair. */
    public String refusal(String chairName) {
        return switch (kind) {
            case FREE -> "";
            case NOT_WORKING -> chairName + " does not work on " + dayName;
            case CLASH -> chairName + " is already chairing a conference " + clash.describe();
            case DAY_FULL -> chairName + " already has " + conferencesThatDay + " conferences on "
                    + SchedulingDates.format(slot.date()) + ", the most they chair in a day";
        };
    }
}

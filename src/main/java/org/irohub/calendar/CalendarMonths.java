package org.irohub.calendar;

import java.time.LocalDate;

/**
 * "Within 3 months" in the rules means calendar months, never a count of days: the same day of the month n
 * months on, or the last day of that month when it is shorter (30 November + 3 months = 28 February, or the
 * 29th in a leap year; 31 August + 6 months likewise).
 */
public final class CalendarMonths {

    private CalendarMonths() {
    }

    public static LocalDate add(LocalDate date, int months) {
        return date.plusMonths(months);
    }
}

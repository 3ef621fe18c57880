package org.irohub.scheduling.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as GOV.UK style writes them: "10 January 2017", and with the day, "Tuesday 10 January 2017". */
public final class SchedulingDates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_AND_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private SchedulingDates() {
    }

    public static String format(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String withDay(LocalDate date) {
        return date == null ? "" : DAY_AND_DATE.format(date);
    }

    /** "Tuesdays", for "does not work on Tuesdays". */
    public static String plural(java.time.DayOfWeek day) {
        String name = day.getDisplayName(java.time.format.TextStyle.FULL, Locale.UK);
        return name + "s";
    }
}

package org.irohub.interchange.generator;

import java.time.LocalDate;

import org.irohub.calendar.WorkingDayCalendar;

/** The reference date nothing may pass, and the working days conferences are held on. */
record Horizon(LocalDate referenceDate, WorkingDayCalendar calendar) {

    boolean passed(LocalDate date) {
        return date.isAfter(referenceDate);
    }

    /** The date itself if still on or before the reference date, otherwise nothing (not yet happened). */
    LocalDate ifHappened(LocalDate date) {
        return date == null || passed(date) ? null : date;
    }

    LocalDate workingDayOnOrAfter(LocalDate date) {
        return calendar.isWorkingDay(date) ? date : calendar.addWorkingDays(date, 1);
    }

    LocalDate workingDayOnOrBefore(LocalDate date) {
        return calendar.isWorkingDay(date) ? date : calendar.addWorkingDays(date, -1);
    }

    LocalDate addWorkingDays(LocalDate date, int n) {
        return calendar.addWorkingDays(date, n);
    }

    int workingDaysBetween(LocalDate from, LocalDate to) {
        return calendar.workingDaysBetween(from, to);
    }
}

package org.irohub.scheduling.web;

import java.time.LocalDate;

import org.irohub.scheduling.internal.SchedulingDates;

/** Date formats for the templates, as {@code ${dates.format(d)}}. */
public final class PageDates {

    public String format(LocalDate date) {
        return SchedulingDates.format(date);
    }

    public String withDay(LocalDate date) {
        return SchedulingDates.withDay(date);
    }
}

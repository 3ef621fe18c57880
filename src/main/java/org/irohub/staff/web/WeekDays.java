package org.irohub.staff.web;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Days of the week in words for the chair pages, Monday first. */
final class WeekDays {

    record Day(String value, String label) {
    }

    static final List<Day> ALL = Arrays.stream(DayOfWeek.values())
        .map(d -> new Day(d.name(), d.getDisplayName(TextStyle.FULL, Locale.UK)))
        .toList();

    private WeekDays() {
    }

    /** "Mon, Tue, Wed" for a table cell. */
    static String shortList(Set<DayOfWeek> days) {
        return days.stream().sorted().map(d -> d.getDisplayName(TextStyle.SHORT, Locale.UK)).collect(Collectors.joining(", "));
    }
}

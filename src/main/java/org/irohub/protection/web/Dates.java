package org.irohub.protection.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as GOV.UK style writes them: 13 January 2017. */
final class Dates {

    private static final DateTimeFormatter GOV_UK = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Dates() {
    }

    static String format(LocalDate date) {
        return date == null ? "" : GOV_UK.format(date);
    }
}

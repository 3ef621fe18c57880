package org.irohub.protection;

import java.time.LocalDate;

import org.irohub.calendar.TimescaleId;

/** The calendar's timescales as this module needs them; a seam so the rules can be unit-tested with a fixed calendar. */
interface DueDates {

    LocalDate due(TimescaleId timescale, LocalDate basis);

    LocalDate preBirthFirstReviewDue(LocalDate icpc, LocalDate birthOrNull);
}

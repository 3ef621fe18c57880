package org.irohub.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Scotland and Northern Ireland keep days England and Wales works, and the reverse. */
class RegionalWorkingDaysTests {

    private final WorkingDayCalendar england = BundledHolidays.calendarOf(Region.ENGLAND_AND_WALES);
    private final WorkingDayCalendar scotland = BundledHolidays.calendarOf(Region.SCOTLAND);
    private final WorkingDayCalendar northernIreland = BundledHolidays.calendarOf(Region.NORTHERN_IRELAND);

    @Test
    void secondOfJanuaryIsAHolidayInScotlandOnly() {
        assertThat(scotland.isWorkingDay(of(2024, 1, 2))).isFalse();
        assertThat(england.isWorkingDay(of(2024, 1, 2))).isTrue();
        assertThat(scotland.addWorkingDays(of(2023, 12, 29), 1)).isEqualTo(of(2024, 1, 3));
        assertThat(england.addWorkingDays(of(2023, 12, 29), 1)).isEqualTo(of(2024, 1, 2));
    }

    @Test
    void newYearFallingAtAWeekendGivesScotlandTwoSubstituteDays() {
        assertThat(scotland.isWorkingDay(of(2022, 1, 3))).isFalse();
        assertThat(scotland.isWorkingDay(of(2022, 1, 4))).isFalse();
        assertThat(england.isWorkingDay(of(2022, 1, 4))).isTrue();
    }

    @Test
    void stAndrewsDayOnASaturdayMovesToMondayInScotland() {
        assertThat(scotland.isWorkingDay(of(2024, 12, 2))).isFalse();
        assertThat(scotland.addWorkingDays(of(2024, 11, 29), 1)).isEqualTo(of(2024, 12, 3));
        assertThat(england.addWorkingDays(of(2024, 11, 29), 1)).isEqualTo(of(2024, 12, 2));
    }

    @Test
    void scotlandWorksEasterMondayAndTakesTheFirstMondayOfAugust() {
        assertThat(scotland.isWorkingDay(of(2024, 4, 1))).isTrue();
        assertThat(scotland.isWorkingDay(of(2024, 8, 5))).isFalse();
        assertThat(scotland.isWorkingDay(of(2024, 8, 26))).isTrue();
        assertThat(england.isWorkingDay(of(2024, 8, 26))).isFalse();
    }

    @Test
    void theRulesExampleIsOneDayLaterInScotlandBecauseOf2And3January2017() {
        assertThat(scotland.addWorkingDays(of(2016, 12, 20), 15)).isEqualTo(of(2017, 1, 16));
    }

    @Test
    void northernIrelandKeepsStPatricksDayAndTheTwelfth() {
        assertThat(northernIreland.isWorkingDay(of(2025, 3, 17))).isFalse();
        assertThat(northernIreland.isWorkingDay(of(2025, 7, 14))).isFalse();
        assertThat(england.isWorkingDay(of(2025, 7, 14))).isTrue();
    }
}

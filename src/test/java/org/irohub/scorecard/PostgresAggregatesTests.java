package org.irohub.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.irohub.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

class PostgresAggregatesTests {

    @Test
    void fifteenWorkingDaysNeverSpanTheDaysForWhichDeadlinesAreGiven() {
        // The longest runs of bank holidays England has had (Christmas and New Year, Easter), with a few extra
        // ones such as a royal event beside them, every year.
        List<LocalDate> holidays = new ArrayList<>();
        for (int year = 2010; year <= 2035; year++) {
            for (int day = 24; day <= 31; day++) {
                holidays.add(LocalDate.of(year, 12, day));
            }
            holidays.add(LocalDate.of(year + 1, 1, 1));
            holidays.add(LocalDate.of(year + 1, 1, 2));
            for (int day = 1; day <= 10; day++) {
                holidays.add(LocalDate.of(year, 4, day));
            }
        }
        WorkingDayCalendar calendar = WorkingDayCalendar.withHolidays(holidays);

        long longest = 0;
        for (LocalDate start = LocalDate.of(2011, 1, 1); start.isBefore(LocalDate.of(2035, 1, 1)); start = start.plusDays(1)) {
            longest = Math.max(longest, ChronoUnit.DAYS.between(start, calendar.addWorkingDays(start, 15)));
        }

        assertThat(longest).isLessThan(PostgresAggregates.DEADLINES_FROM);
    }
}

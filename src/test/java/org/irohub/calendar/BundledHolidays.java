package org.irohub.calendar;

import java.time.LocalDate;
import java.util.List;

import org.irohub.calendar.internal.BankHolidaysFile;
import org.springframework.core.io.ClassPathResource;

/** The bank holidays shipped with IRO Hub, for tests that need a region's real calendar without Spring. */
final class BundledHolidays {

    private static final BankHolidaysFile FILE = BankHolidaysFile.read(new ClassPathResource("calendar/bank-holidays.json"));

    private BundledHolidays() {
    }

    static List<LocalDate> of(Region region) {
        return FILE.divisions().get(region).stream().map(BankHoliday::date).toList();
    }

    static WorkingDayCalendar calendarOf(Region region) {
        return WorkingDayCalendar.withHolidays(of(region));
    }
}

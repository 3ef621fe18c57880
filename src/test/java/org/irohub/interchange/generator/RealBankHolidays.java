package org.irohub.interchange.generator;

import java.time.LocalDate;
import java.util.List;

import org.irohub.calendar.BankHoliday;
import org.irohub.calendar.Region;
import org.irohub.calendar.WorkingDayCalendar;
import org.irohub.calendar.internal.BankHolidaysFile;
import org.springframework.core.io.ClassPathResource;

/**
 * England and Wales bank holidays as the calendar module reads them from the bundled GOV.UK file, so that the
 * tests measure the generator with the application's own reading of working days, not the generator's.
 */
final class RealBankHolidays {

    static final List<LocalDate> DATES = BankHolidaysFile.read(new ClassPathResource("calendar/bank-holidays.json"))
        .divisions().get(Region.ENGLAND_AND_WALES).stream().map(BankHoliday::date).toList();

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.withHolidays(DATES);

    private RealBankHolidays() {
    }
}

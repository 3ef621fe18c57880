package org.irohub.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.irohub.calendar.internal.BankHolidaySeeding;
import org.irohub.calendar.internal.BankHolidayStore;
import org.irohub.calendar.internal.CalendarProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The working-day calendar of the service's region ({@code irohub.calendar.region}), for every module that
 * computes a deadline. It holds an immutable {@link WorkingDayCalendar} and swaps in a new one, whole, after a
 * change to the bank holidays commits, so a calculation never sees half a list.
 */
@Component
public class WorkingDays {

    private record Snapshot(WorkingDayCalendar calendar, List<BankHoliday> holidays) {
    }

    private final Region region;
    private final BankHolidayStore store;
    private final AtomicReference<Snapshot> current = new AtomicReference<>();

    WorkingDays(CalendarProperties properties, BankHolidayStore store, BankHolidaySeeding seeding) {
        this.region = properties.configuredRegion();
        this.store = store;
        // Seed before the first load so the calendar is complete before any request can use it.
        seeding.seedFromBundle();
        reload();
    }

    public Region region() {
        return region;
    }

    /** The calendar as it is now; hold on to it to do several calculations against the same holidays. */
    public WorkingDayCalendar calendar() {
        return current.get().calendar();
    }

    public boolean isWorkingDay(LocalDate date) {
        return calendar().isWorkingDay(date);
    }

    /** See {@link WorkingDayCalendar#addWorkingDays}. */
    public LocalDate addWorkingDays(LocalDate date, int n) {
        return calendar().addWorkingDays(date, n);
    }

    /** See {@link WorkingDayCalendar#workingDaysBetween}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return calendar().workingDaysBetween(from, to);
    }

    /** The region's bank holidays in the year, in date order. */
    public List<BankHoliday> bankHolidaysIn(int year) {
        return current.get().holidays().stream().filter(h -> h.date().getYear() == year).toList();
    }

    /** All the region's bank holidays, in date order. */
    public List<BankHoliday> bankHolidays() {
        return current.get().holidays();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void bankHolidaysChanged(BankHolidaysChanged event) {
        if (event.region() == region) {
            reload();
        }
    }

    private void reload() {
        List<BankHoliday> holidays = store.forRegion(region);
        current.set(new Snapshot(WorkingDayCalendar.withHolidays(holidays.stream().map(BankHoliday::date).toList()),
                holidays));
    }
}

package org.irohub.calendar.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.irohub.calendar.BankHoliday;
import org.irohub.calendar.WorkingDays;
import org.irohub.identity.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/calendar")
@Tag(name = "Calendar", description = "Working days and bank holidays of the service's region")
@PreAuthorize(Roles.ANY_SIGNED_IN)
class CalendarApi {

    /** About 40 years of working days: more is a mistake, and far past the bank holidays anyone publishes. */
    static final int MAX_DAYS = 10_000;

    private final WorkingDays workingDays;

    CalendarApi(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    @GetMapping("/working-days/add")
    @Operation(summary = "The nth working day after a date",
            description = "The date itself is not counted; days = 0 gives the date back and a negative number "
                    + "counts back. \"Within 15 working days of D\" means on or before this date.")
    WorkingDaysAdded add(@Parameter(example = "2016-12-20") @RequestParam LocalDate from,
            @Parameter(description = "between -10000 and 10000", example = "15") @RequestParam int days) {
        if (Math.abs(days) > MAX_DAYS) {
            throw new ParameterOutOfRange("days", "Parameter 'days' must be between -" + MAX_DAYS + " and " + MAX_DAYS);
        }
        try {
            return new WorkingDaysAdded(from, days, workingDays.addWorkingDays(from, days));
        }
        catch (DateTimeException e) {
            throw new ParameterOutOfRange("from", "Parameter 'from' is too far from today to count working days");
        }
    }

    @GetMapping("/working-days/between")
    @Operation(summary = "Working days after one date up to and including another",
            description = "Counts working days x with from < x <= to; negative when to is before from.")
    WorkingDaysBetween between(@Parameter(example = "2016-12-20") @RequestParam LocalDate from,
            @Parameter(example = "2017-01-13") @RequestParam LocalDate to) {
        try {
            return new WorkingDaysBetween(from, to, workingDays.workingDaysBetween(from, to));
        }
        catch (ArithmeticException e) {
            throw new ParameterOutOfRange("to", "Parameters 'from' and 'to' are too far apart to count working days");
        }
    }

    @GetMapping("/bank-holidays")
    @Operation(summary = "Bank holidays of the service's region in a year", description = "In date order.")
    List<BankHoliday> bankHolidays(@Parameter(example = "2022") @RequestParam int year) {
        return workingDays.bankHolidaysIn(year);
    }

    record WorkingDaysAdded(LocalDate from, int days, LocalDate date) {
    }

    record WorkingDaysBetween(LocalDate from, LocalDate to, int workingDays) {
    }
}

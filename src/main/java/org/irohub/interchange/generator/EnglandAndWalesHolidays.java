package org.irohub.interchange.generator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * England and Wales bank holidays by rule, for years the bundled GOV.UK list does not hold: New Year's Day,
 * Good Friday, Easter Monday, the early May, spring and summer Mondays, Christmas and Boxing Day, with
 * weekend substitutes, and the one-off changes of 1995-2012 (VE Day 1995, the millennium, the 2002 and 2012
 * jubilees, the 2011 royal wedding).
 */
final class EnglandAndWalesHolidays {

    private EnglandAndWalesHolidays() {
    }

    static List<LocalDate> of(int year) {
        List<LocalDate> days = new ArrayList<>();
        days.add(weekdayOnOrAfter(LocalDate.of(year, 1, 1)));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(year == 1995 ? LocalDate.of(1995, 5, 8) : firstMonday(year, Month.MAY));
        LocalDate spring = LocalDate.of(year, 5, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
        if (year == 2002) {
            days.add(LocalDate.of(2002, 6, 3));
            days.add(LocalDate.of(2002, 6, 4));
        }
        else if (year == 2012) {
            days.add(LocalDate.of(2012, 6, 4));
            days.add(LocalDate.of(2012, 6, 5));
        }
        else {
            days.add(spring);
        }
        days.add(LocalDate.of(year, 8, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.addAll(christmas(year));
        if (year == 2011) {
            days.add(LocalDate.of(2011, 4, 29));
        }
        if (year == 1999) {
            days.add(LocalDate.of(1999, 12, 31));
        }
        return days;
    }

    /** Christmas and Boxing Day, each moved to the next free weekday when it falls on a weekend. */
    private static List<LocalDate> christmas(int year) {
        LocalDate christmas = LocalDate.of(year, 12, 25);
        return switch (christmas.getDayOfWeek()) {
            case FRIDAY -> List.of(christmas, LocalDate.of(year, 12, 28));
            case SATURDAY -> List.of(LocalDate.of(year, 12, 27), LocalDate.of(year, 12, 28));
            case SUNDAY -> List.of(LocalDate.of(year, 12, 26), LocalDate.of(year, 12, 27));
            default -> List.of(christmas, LocalDate.of(year, 12, 26));
        };
    }

    private static LocalDate weekdayOnOrAfter(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> date.plusDays(2);
            case SUNDAY -> date.plusDays(1);
            default -> date;
        };
    }

    private static LocalDate firstMonday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    }

    /** Western Easter Sunday (the anonymous Gregorian computus). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}

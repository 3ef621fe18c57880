package org.irohub.calendar;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;

/**
 * Working-day arithmetic for one set of bank holidays: a working day is Monday to Friday and not a bank holiday.
 * Immutable and safe to share between threads.
 * <p>
 * Every day has a <em>rank</em>: the number of working days from a fixed origin up to and including it. Counting
 * working days between two dates is then a subtraction of ranks, and the nth working day after a date is the
 * working day whose rank is n more. Between 1990 and 2100 ranks and working days are looked up in precomputed
 * tables, so each call costs the same whatever the distance; outside that range the same ranks come from weekday
 * arithmetic and a binary search over the holidays.
 */
public final class WorkingDayCalendar {

    static final LocalDate TABLE_START = LocalDate.of(1990, 1, 1);
    static final LocalDate TABLE_END = LocalDate.of(2100, 12, 31);

    private static final long FIRST = TABLE_START.toEpochDay();
    private static final int DAYS = (int) (TABLE_END.toEpochDay() - FIRST + 1);
    /** Epoch day of Monday 29 December 1969, the origin of weekday arithmetic. */
    private static final long MONDAY_ORIGIN = LocalDate.of(1969, 12, 29).toEpochDay();

    /** Epoch days of the holidays that fall on a weekday, ascending: the only ones that change a count. */
    private final long[] weekdayHolidays;
    /** rankBefore + ranks[i] is the rank of day FIRST + i - 1; ranks[0] is 0. */
    private final int[] ranks;
    /** workingDays[k] is the offset from FIRST of the working day whose rank is rankBefore + k + 1. */
    private final int[] workingDays;
    private final long rankBefore;

    private WorkingDayCalendar(long[] weekdayHolidays) {
        this.weekdayHolidays = weekdayHolidays;
        this.rankBefore = rankByArithmetic(FIRST - 1);
        this.ranks = new int[DAYS + 1];
        int[] found = new int[DAYS];
        int count = 0;
        int nextHoliday = firstIndexAtOrAfter(FIRST);
        for (int i = 0; i < DAYS; i++) {
            long day = FIRST + i;
            boolean holiday = nextHoliday < weekdayHolidays.length && weekdayHolidays[nextHoliday] == day;
            if (holiday) {
                nextHoliday++;
            }
            else if (isWeekday(day)) {
                found[count++] = i;
            }
            ranks[i + 1] = count;
        }
        this.workingDays = Arrays.copyOf(found, count);
    }

    /** A calendar in which the given dates, and every Saturday and Sunday, are not working days. */
    public static WorkingDayCalendar withHolidays(Collection<LocalDate> holidays) {
        long[] days = holidays.stream()
            .mapToLong(LocalDate::toEpochDay)
            .filter(WorkingDayCalendar::isWeekday)
            .distinct()
            .sorted()
            .toArray();
        return new WorkingDayCalendar(days);
    }

    /** Weekends only: for tests and for a region whose list failed to load. */
    public static WorkingDayCalendar weekendsOnly() {
        return new WorkingDayCalendar(new long[0]);
    }

    public boolean isWorkingDay(LocalDate date) {
        long day = date.toEpochDay();
        if (inTable(day)) {
            int i = (int) (day - FIRST);
            return ranks[i + 1] != ranks[i];
        }
        return isWeekday(day) && Arrays.binarySearch(weekdayHolidays, day) < 0;
    }

    /**
     * The nth working day after {@code date}, not counting {@code date} itself: "within n working days of date"
     * means on or before this. {@code n = 0} returns {@code date} unchanged, even when it is not a working day.
     * A negative n counts back: {@code addWorkingDays(d, -2)} is the second working day before d.
     */
    public LocalDate addWorkingDays(LocalDate date, int n) {
        if (n == 0) {
            return date;
        }
        long day = date.toEpochDay();
        long target = n > 0 ? rank(day) + n : rank(day - 1) + n + 1;
        return LocalDate.ofEpochDay(workingDayWithRank(target));
    }

    /**
     * The number of working days x with {@code from < x <= to}; negative (minus the working days x with
     * {@code to < x <= from}) when {@code to} is before {@code from}. So
     * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n} for every n &gt;= 0.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return Math.toIntExact(rank(to.toEpochDay()) - rank(from.toEpochDay()));
    }

    /** The number of holidays on weekdays this calendar knows of; a weekend holiday changes nothing. */
    public int weekdayHolidayCount() {
        return weekdayHolidays.length;
    }

    private long rank(long day) {
        if (inTable(day)) {
            return rankBefore + ranks[(int) (day - FIRST) + 1];
        }
        return rankByArithmetic(day);
    }

    private long workingDayWithRank(long rank) {
        long k = rank - rankBefore;
        if (k >= 1 && k <= workingDays.length) {
            return FIRST + workingDays[(int) (k - 1)];
        }
        return workingDayWithRankByArithmetic(rank);
    }

    /** Weekdays from the origin up to and including day, less the weekday holidays among them. */
    private long rankByArithmetic(long day) {
        return weekdaysUpTo(day) - holidaysUpTo(day);
    }

    /**
     * Starts from the weekday with that weekday-rank and moves forward by the holidays passed, which cannot
     * overshoot because each day adds at most one to the rank; a few steps at most, one per holiday crossed.
     */
    private long workingDayWithRankByArithmetic(long rank) {
        long weekdayRank = rank;
        while (true) {
            long day = weekdayWithRank(weekdayRank);
            long dayRank = weekdayRank - holidaysUpTo(day);
            if (dayRank < rank) {
                weekdayRank += rank - dayRank;
            }
            else if (Arrays.binarySearch(weekdayHolidays, day) >= 0) {
                weekdayRank++;
            }
            else {
                return day;
            }
        }
    }

    private long holidaysUpTo(long day) {
        int i = Arrays.binarySearch(weekdayHolidays, day);
        return i >= 0 ? i + 1 : -i - 1;
    }

    private int firstIndexAtOrAfter(long day) {
        int i = Arrays.binarySearch(weekdayHolidays, day);
        return i >= 0 ? i : -i - 1;
    }

    private static boolean inTable(long day) {
        return day >= FIRST && day < FIRST + DAYS;
    }

    /** Mondays to Fridays from the origin Monday up to and including day (a rank; negative before the origin). */
    static long weekdaysUpTo(long day) {
        long t = day - MONDAY_ORIGIN;
        return Math.floorDiv(t, 7) * 5 + Math.min(Math.floorMod(t, 7) + 1, 5);
    }

    /** The inverse of {@link #weekdaysUpTo} on weekdays. */
    static long weekdayWithRank(long weekdayRank) {
        long k = weekdayRank - 1;
        return MONDAY_ORIGIN + Math.floorDiv(k, 5) * 7 + Math.floorMod(k, 5);
    }

    private static boolean isWeekday(long day) {
        return Math.floorMod(day - MONDAY_ORIGIN, 7) < 5;
    }
}

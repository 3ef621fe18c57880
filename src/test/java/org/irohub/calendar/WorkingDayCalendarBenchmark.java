package org.irohub.calendar;

import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cost of one working-day calculation with England and Wales's real holidays, on random dates 2015-2027 and
 * spans of -250..250 working days, cycling through 4,096 inputs so no single answer is cached or folded away.
 * Run: see docs/benchmarks.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class WorkingDayCalendarBenchmark {

    private static final int INPUTS = 4_096;

    private WorkingDayCalendar calendar;
    private LocalDate[] froms;
    private LocalDate[] tos;
    private int[] days;
    private int next;

    @Setup
    public void setUp() {
        calendar = BundledHolidays.calendarOf(Region.ENGLAND_AND_WALES);
        Random random = new Random(2016_12_20);
        LocalDate start = LocalDate.of(2015, 1, 1);
        froms = new LocalDate[INPUTS];
        tos = new LocalDate[INPUTS];
        days = new int[INPUTS];
        for (int i = 0; i < INPUTS; i++) {
            froms[i] = start.plusDays(random.nextInt(13 * 365));
            tos[i] = start.plusDays(random.nextInt(13 * 365));
            days[i] = random.nextInt(501) - 250;
        }
    }

    private int nextIndex() {
        next = (next + 1) & (INPUTS - 1);
        return next;
    }

    @Benchmark
    public LocalDate addWorkingDays() {
        int i = nextIndex();
        return calendar.addWorkingDays(froms[i], days[i]);
    }

    @Benchmark
    public int workingDaysBetween() {
        int i = nextIndex();
        return calendar.workingDaysBetween(froms[i], tos[i]);
    }

    @Benchmark
    public boolean isWorkingDay() {
        return calendar.isWorkingDay(froms[nextIndex()]);
    }

    /** The inputs alone, to subtract: the cost of picking the next date from the arrays. */
    @Benchmark
    public LocalDate baseline() {
        return froms[nextIndex()];
    }
}

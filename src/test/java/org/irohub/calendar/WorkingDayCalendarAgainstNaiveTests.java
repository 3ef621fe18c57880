package org.irohub.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Compares the table-driven calendar with the obvious day-by-day loop over many random dates, for the real
 * bank holidays of every region and for random holidays either side of the precomputed years.
 */
class WorkingDayCalendarAgainstNaiveTests {

    private static final LocalDate FROM = LocalDate.of(2015, 1, 1);
    private static final int SPAN = (int) (LocalDate.of(2027, 12, 31).toEpochDay() - FROM.toEpochDay());

    @Test
    void agreesWithDayByDayCountingForEveryRegionOnRandomDatesFrom2015To2027() {
        Random random = new Random(20161220);
        for (Region region : Region.values()) {
            Naive naive = new Naive(new HashSet<>(BundledHolidays.of(region)));
            WorkingDayCalendar calendar = BundledHolidays.calendarOf(region);
            for (int i = 0; i < 3_000; i++) {
                LocalDate d = FROM.plusDays(random.nextInt(SPAN));
                LocalDate e = FROM.plusDays(random.nextInt(SPAN));
                int n = random.nextInt(121) - 60;
                assertThat(calendar.addWorkingDays(d, n)).as("%s %s + %d", region, d, n).isEqualTo(naive.add(d, n));
                assertThat(calendar.workingDaysBetween(d, e)).as("%s %s..%s", region, d, e).isEqualTo(naive.between(d, e));
                assertThat(calendar.isWorkingDay(d)).as("%s %s", region, d).isEqualTo(naive.isWorkingDay(d));
            }
        }
    }

    @Test
    void agreesWithDayByDayCountingAcrossTheEdgesOfThePrecomputedYears() {
        Random random = new Random(42);
        Set<LocalDate> holidays = new HashSet<>();
        for (LocalDate edge : List.of(WorkingDayCalendar.TABLE_START, WorkingDayCalendar.TABLE_END)) {
            for (int i = 0; i < 40; i++) {
                holidays.add(edge.plusDays(random.nextInt(400) - 200));
            }
        }
        Naive naive = new Naive(holidays);
        WorkingDayCalendar calendar = WorkingDayCalendar.withHolidays(holidays);
        for (LocalDate edge : List.of(WorkingDayCalendar.TABLE_START, WorkingDayCalendar.TABLE_END)) {
            for (int i = 0; i < 2_000; i++) {
                LocalDate d = edge.plusDays(random.nextInt(500) - 250);
                LocalDate e = edge.plusDays(random.nextInt(500) - 250);
                int n = random.nextInt(201) - 100;
                assertThat(calendar.addWorkingDays(d, n)).as("%s + %d", d, n).isEqualTo(naive.add(d, n));
                assertThat(calendar.workingDaysBetween(d, e)).as("%s..%s", d, e).isEqualTo(naive.between(d, e));
                assertThat(calendar.isWorkingDay(d)).as("%s", d).isEqualTo(naive.isWorkingDay(d));
            }
        }
    }

    /** The definition, one day at a time. */
    private record Naive(Set<LocalDate> holidays) {

        boolean isWorkingDay(LocalDate d) {
            return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !holidays.contains(d);
        }

        LocalDate add(LocalDate d, int n) {
            int step = n >= 0 ? 1 : -1;
            LocalDate x = d;
            for (int left = Math.abs(n); left > 0;) {
                x = x.plusDays(step);
                if (isWorkingDay(x)) {
                    left--;
                }
            }
            return x;
        }

        int between(LocalDate d, LocalDate e) {
            LocalDate lo = d.isBefore(e) ? d : e;
            LocalDate hi = d.isBefore(e) ? e : d;
            int count = 0;
            for (LocalDate x = lo.plusDays(1); !x.isAfter(hi); x = x.plusDays(1)) {
                if (isWorkingDay(x)) {
                    count++;
                }
            }
            return d.isBefore(e) ? count : -count;
        }
    }
}

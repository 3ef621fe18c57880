package org.irohub.scorecard;

import java.time.LocalDate;

/**
 * Calendar-month boundaries worked out in Java (with {@link LocalDate#plusMonths}, which keeps the day or clamps
 * to the month's end), so the SQL only compares a column with a date and stays the same on H2 and PostgreSQL.
 * {@code plusMonths} never goes backwards as the date moves on, so each boundary splits the dates in two.
 */
public final class MonthThresholds {

    private MonthThresholds() {
    }

    /**
     * The latest s with {@code s + months ≤ date}: a plan started on or before it has lasted {@code months} by
     * {@code date}. For 28 February 2017 and 12 months it is 29 February 2016 (29 Feb + 12 months = 28 Feb).
     */
    public static LocalDate latestStartReaching(LocalDate date, int months) {
        LocalDate s = date.minusMonths(months);
        while (!s.plusDays(1).plusMonths(months).isAfter(date)) {
            s = s.plusDays(1);
        }
        return s;
    }

    /**
     * The earliest d with {@code d + months ≥ date}: a review held on or after it makes the next one due on or
     * after {@code date}. For 31 March 2017 and 6 months it is 1 October 2016 (30 September + 6 months = 30 March).
     */
    public static LocalDate earliestReachingAtLeast(LocalDate date, int months) {
        return latestStartReaching(date.minusDays(1), months).plusDays(1);
    }
}

package org.irohub.scorecard;

import java.time.YearMonth;
import java.util.List;

/** Each month's scorecard, oldest first: the value of an indicator month by month. */
public record MonthlyTrend(List<Scorecard> months) {

    public List<YearMonth> yearMonths() {
        return months.stream().map(s -> YearMonth.from(s.from())).toList();
    }

    /** The indicator's value in each month, oldest first (null where unknown). */
    public List<Object> values(Indicator indicator) {
        return months.stream().map(s -> s.value(indicator)).toList();
    }
}

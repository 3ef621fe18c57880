package org.irohub.scorecard;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class MonthThresholdsTests {

    @Test
    void aPlanStartedOnALeapDayHasLastedTwelveMonthsOnThe28thOfFebruary() {
        assertThat(MonthThresholds.latestStartReaching(of(2017, 2, 28), 12)).isEqualTo(of(2016, 2, 29));
        assertThat(of(2016, 2, 29).plusMonths(12)).isEqualTo(of(2017, 2, 28));
    }

    @Test
    void theLatestStartIsNotTheSameDayAMonthEarlierWhenThatMonthIsShorter() {
        // 28 Feb + 1 month = 28 Mar, 1 Mar + 1 month = 1 Apr: on 31 March the latest start is 28 February.
        assertThat(MonthThresholds.latestStartReaching(of(2017, 3, 31), 1)).isEqualTo(of(2017, 2, 28));
        // 30 Nov, 31 Dec + 3 months = 28 Feb and 31 Mar; on 28 Feb 2017 the latest start is 30 Nov 2016.
        assertThat(MonthThresholds.latestStartReaching(of(2017, 2, 28), 3)).isEqualTo(of(2016, 11, 30));
        assertThat(MonthThresholds.latestStartReaching(of(2016, 2, 29), 3)).isEqualTo(of(2015, 11, 30));
        assertThat(MonthThresholds.latestStartReaching(of(2017, 3, 31), 24)).isEqualTo(of(2015, 3, 31));
    }

    @Test
    void onA29thOfFebruaryTheLatestStartTwelveMonthsBackIsThe28th() {
        assertThat(MonthThresholds.latestStartReaching(of(2016, 2, 29), 12)).isEqualTo(of(2015, 2, 28));
    }

    @Test
    void theEarliestReviewWhoseNextDueDateIsNotBeforeTheEndSkipsThe30thOfSeptember() {
        // 30 Sep + 6 months = 30 Mar (before 31 Mar); 1 Oct + 6 months = 1 Apr.
        assertThat(MonthThresholds.earliestReachingAtLeast(of(2017, 3, 31), 6)).isEqualTo(of(2016, 10, 1));
        // 28, 29, 30 and 31 Aug + 6 months are all 28 Feb 2017.
        assertThat(MonthThresholds.earliestReachingAtLeast(of(2017, 2, 28), 6)).isEqualTo(of(2016, 8, 28));
        assertThat(MonthThresholds.earliestReachingAtLeast(of(2016, 2, 29), 6)).isEqualTo(of(2015, 8, 29));
    }

    @Test
    void bothBoundariesAgreeWithPlusMonthsOnEveryDayOfFourYears() {
        for (LocalDate to = of(2015, 1, 1); to.isBefore(of(2019, 1, 1)); to = to.plusDays(1)) {
            for (int months : new int[] { 3, 6, 12, 24 }) {
                LocalDate latest = MonthThresholds.latestStartReaching(to, months);
                assertThat(latest.plusMonths(months)).isBeforeOrEqualTo(to);
                assertThat(latest.plusDays(1).plusMonths(months)).isAfter(to);
                LocalDate earliest = MonthThresholds.earliestReachingAtLeast(to, months);
                assertThat(earliest.plusMonths(months)).isAfterOrEqualTo(to);
                assertThat(earliest.minusDays(1).plusMonths(months)).isBefore(to);
            }
        }
    }
}

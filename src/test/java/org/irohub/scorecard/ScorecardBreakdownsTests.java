package org.irohub.scorecard;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

import javax.sql.DataSource;

import org.irohub.children.internal.ChildRecords;
import org.irohub.support.IroHubTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Trends, reasons out of timescale and categories over time, on the hand-worked cases of {@link Year1999Cases}. */
@IroHubTest
class ScorecardBreakdownsTests {

    @Autowired
    ScorecardService scorecards;

    @Autowired
    ChildRecords childRecords;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void cases() {
        Year1999Cases.in(dataSource, jdbc, childRecords);
    }

    @Test
    void theTrendHasTwelveMonthsEachItsOwnScorecard() {
        MonthlyTrend trend = scorecards.monthlyTrend(YearMonth.of(2000, 3));

        assertThat(trend.yearMonths()).hasSize(12).startsWith(YearMonth.of(1999, 4)).endsWith(YearMonth.of(2000, 3));
        // March 2000: reviews B2 (on time), E1 (late), G3 (on time); February: D1 on time.
        assertThat(trend.values(Indicator.REVIEWS_HELD).subList(10, 12)).containsExactly(1, 3);
        assertThat(trend.values(Indicator.REVIEWS_IN_TIMESCALE_PCT).subList(10, 12))
            .containsExactly(new BigDecimal("100.0"), new BigDecimal("66.7"));
        // June 1999: the ICPCs of s47 1 June, one on the 15th working day and one the day after.
        assertThat(trend.values(Indicator.ICPC_WITHIN_15_WORKING_DAYS_PCT).get(2)).isEqualTo(new BigDecimal("50.0"));
        assertThat(trend.values(Indicator.CHILDREN_ON_PLAN_AT_END).get(11)).isEqualTo(14);
    }

    @Test
    void reasonsOutOfTimescaleAreCountedByMonthTypeAndReason() {
        assertThat(scorecards.lateReasons(Year1999Cases.FROM, Year1999Cases.TO))
            .containsExactly(
                    new LateReasonCount(YearMonth.of(1999, 6), "INITIAL", "LATE_NOTIFICATION", "Late notification", 1),
                    new LateReasonCount(YearMonth.of(1999, 9), "REVIEW", "MISSING_REPORT", "Missing report", 1),
                    new LateReasonCount(YearMonth.of(2000, 3), "REVIEW", "CALCULATION_ERROR", "Calculation error", 1),
                    new LateReasonCount(YearMonth.of(2000, 3), "REVIEW", "SOCIAL_WORKER_NON_ATTENDANCE",
                            "Non-attendance by the social worker", 1));
    }

    @Test
    void categoriesFollowEachPlanCategoryAtEachMonthEnd() {
        var months = scorecards.categoriesOverTime(of(2000, 2, 1), of(2000, 3, 31));

        assertThat(months).extracting(CategoryMonth::month).containsExactly(YearMonth.of(2000, 2), YearMonth.of(2000, 3));
        // E was NEG until its review on 1 March 2000 made it EMO; G (NEG) was still open at the end of February.
        assertThat(months.get(0).childrenAtMonthEnd()).containsExactly(Map.entry("NEG", 8), Map.entry("PHY", 2),
                Map.entry("SAB", 1), Map.entry("EMO", 2), Map.entry("MUL", 2));
        assertThat(months.get(1).childrenAtMonthEnd()).containsExactly(Map.entry("NEG", 6), Map.entry("PHY", 2),
                Map.entry("SAB", 1), Map.entry("EMO", 3), Map.entry("MUL", 2));
        assertThat(months.get(0).plansStarted()).containsEntry("NEG", 0).containsEntry("MUL", 0);
    }

    @Test
    void plansStartedAreCountedInTheirMonthByInitialCategory() {
        var months = scorecards.categoriesOverTime(of(1999, 11, 1), of(2000, 1, 31));

        assertThat(months.get(0).plansStarted()).containsExactly(Map.entry("NEG", 1), Map.entry("PHY", 0),
                Map.entry("SAB", 1), Map.entry("EMO", 0), Map.entry("MUL", 0));
        assertThat(months.get(1).plansStarted()).containsEntry("EMO", 1);
        assertThat(months.get(2).plansStarted()).containsEntry("MUL", 1);
    }

    @Test
    void moreThanTenYearsMonthByMonthIsRefused() {
        assertThatThrownBy(() -> scorecards.categoriesOverTime(of(1990, 1, 1), of(2000, 1, 31)))
            .isInstanceOfSatisfying(ScorecardException.class, e -> assertThat(e.field()).isEqualTo("to"));
    }
}

package org.irohub.scorecard;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.irohub.scorecard.Indicator.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

import javax.sql.DataSource;

import org.irohub.children.ChildFixture;
import org.irohub.children.internal.ChildRecords;
import org.irohub.support.IroHubTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every indicator against the hand-worked cases of {@link Year1999Cases}. */
@IroHubTest
class ScorecardServiceTests {

    @Autowired
    ScorecardService scorecards;

    @Autowired
    ChildPopulations populations;

    @Autowired
    ChildRecords childRecords;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    Scorecard year;

    @BeforeEach
    void cases() {
        Year1999Cases.in(dataSource, jdbc, childRecords);
        year = scorecards.compute(Year1999Cases.FROM, Year1999Cases.TO);
    }

    @Test
    void everyIndicatorHasAValue() {
        assertThat(year.byId().keySet())
            .containsExactly(Arrays.stream(Indicator.values()).map(Indicator::id).toArray(String[]::new));
    }

    @Test
    void childrenOnAPlanAtTheEndLeaveOutAPlanEndingOnTheLastDayAndOneStartingTheDayAfter() {
        assertThat(year.count(CHILDREN_ON_PLAN_AT_END)).isEqualTo(14);
    }

    @Test
    void plansStartedCountSecondOrSubsequentPlansAndInitialCategories() {
        assertThat(year.count(PLANS_STARTED)).isEqualTo(10);
        assertThat(year.count(PLANS_STARTED_SECOND_OR_SUBSEQUENT)).isEqualTo(2);
        assertThat(year.figure(PLANS_STARTED_SECOND_OR_SUBSEQUENT_PCT)).isEqualTo(new BigDecimal("20.0"));
        assertThat(year.breakdown(PLANS_STARTED_BY_INITIAL_CATEGORY))
            .containsExactly(Map.entry("NEG", 3), Map.entry("PHY", 3), Map.entry("SAB", 1), Map.entry("EMO", 2),
                    Map.entry("MUL", 1));
    }

    @Test
    void aPlanEndingOnTheLastDayHasEndedAndLastedExactlyTwoYears() {
        assertThat(year.count(PLANS_ENDED)).isEqualTo(4);
        assertThat(year.count(PLANS_ENDED_LASTING_2_YEARS_OR_MORE)).isEqualTo(2);
        assertThat(year.figure(PLANS_ENDED_LASTING_2_YEARS_OR_MORE_PCT)).isEqualTo(new BigDecimal("50.0"));
    }

    @Test
    void twoYearsFromALeapDayEndOnThe28thOfFebruary() {
        Scorecard earlier = scorecards.compute(of(1997, 4, 1), of(1998, 3, 31));

        assertThat(earlier.count(PLANS_ENDED)).isEqualTo(2);
        assertThat(earlier.count(PLANS_ENDED_LASTING_2_YEARS_OR_MORE)).isEqualTo(1);
    }

    @Test
    void longPlansAtTheEndIncludeThoseReachingTwelveMonthsAndTwoYearsOnTheLastDay() {
        assertThat(year.count(PLANS_OVER_12_MONTHS_AT_END)).isEqualTo(5);
        assertThat(year.count(PLANS_OVER_2_YEARS_AT_END)).isEqualTo(2);
    }

    @Test
    void childrenAtTheEndAreCountedByTheCategoryTheyHadThenNotOneGivenLater() {
        assertThat(year.breakdown(CHILDREN_ON_PLAN_AT_END_BY_LATEST_CATEGORY))
            .containsExactly(Map.entry("NEG", 6), Map.entry("PHY", 2), Map.entry("SAB", 1), Map.entry("EMO", 3),
                    Map.entry("MUL", 2));
    }

    @Test
    void theCategoryAtADateIsTheSameWhetherFoundFromLaterChangesOrFromTheOpenPlansOwn() {
        for (var at : java.util.List.of(Year1999Cases.TO, Year1999Cases.TO.minusMonths(6), Year1999Cases.FROM)) {
            var fromLater = new OpenPlans(jdbc, Integer.MAX_VALUE - 1).at(at, true);
            var fromOpen = new OpenPlans(jdbc, 0).at(at, true);
            assertThat(fromOpen).containsExactlyInAnyOrderElementsOf(fromLater).isNotEmpty();
        }
    }

    @Test
    void icpcsLeaveOutTransferInsConferencesBeforeTheirSection47AndThoseWithoutOne() {
        assertThat(year.count(ICPC_HELD)).isEqualTo(4);
        assertThat(year.count(ICPC_WITHIN_15_WORKING_DAYS)).isEqualTo(3);
        assertThat(year.figure(ICPC_WITHIN_15_WORKING_DAYS_PCT)).isEqualTo(new BigDecimal("75.0"));
    }

    @Test
    void reviewsAreCountedByConferenceAndOnTheirDueDateIsInTimescale() {
        assertThat(year.count(REVIEWS_HELD)).isEqualTo(15);
        assertThat(year.count(REVIEWS_IN_TIMESCALE)).isEqualTo(12);
        assertThat(year.figure(REVIEWS_IN_TIMESCALE_PCT)).isEqualTo(new BigDecimal("80.0"));
    }

    @Test
    void theD6CohortNeedsEveryReviewOnTimeAndTheNextNotYetDue() {
        assertThat(year.count(CHILDREN_ON_PLAN_3_MONTHS_AT_END)).isEqualTo(13);
        assertThat(year.count(CHILDREN_REVIEWED_IN_TIMESCALE)).isEqualTo(6);
        assertThat(year.figure(CHILDREN_REVIEWED_IN_TIMESCALE_PCT)).isEqualTo(new BigDecimal("46.2"));
    }

    @Test
    void aMonthWithNothingStartedHasNoPercentageRatherThanZero() {
        Scorecard march = scorecards.compute(of(2000, 3, 1), of(2000, 3, 31));

        assertThat(march.count(PLANS_STARTED)).isZero();
        assertThat(march.figure(PLANS_STARTED_SECOND_OR_SUBSEQUENT_PCT)).isNull();
        assertThat(march.count(ICPC_HELD)).isZero();
        assertThat(march.figure(ICPC_WITHIN_15_WORKING_DAYS_PCT)).isNull();
        assertThat(march.count(REVIEWS_HELD)).isEqualTo(3);
        assertThat(march.figure(REVIEWS_IN_TIMESCALE_PCT)).isEqualTo(new BigDecimal("66.7"));
    }

    @Test
    void theRateUsesThePopulationOfTheFinancialYearThePeriodEndsIn() {
        assertThat(scorecards.compute(of(2002, 4, 1), of(2003, 3, 31)).figure(RATE_PER_10K_AT_END)).isNull();

        populations.set(new FinancialYear(1999), 54_280, "test");

        // 14 / 54,280 x 10,000 = 2.579...
        assertThat(scorecards.compute(Year1999Cases.FROM, Year1999Cases.TO).figure(RATE_PER_10K_AT_END))
            .isEqualTo(new BigDecimal("2.6"));
        assertThat(scorecards.compute(of(1999, 3, 1), of(1999, 3, 31)).figure(RATE_PER_10K_AT_END)).isNull();
    }

    @Test
    void icpcTimelinessCountsBankHolidays() {
        // Tue 20 Dec 2016: 26 and 27 Dec and 2 Jan are bank holidays, so the 15th working day is Fri 13 Jan 2017.
        LocalDate from = of(2017, 1, 13);
        LocalDate to = of(2017, 1, 16);
        Scorecard before = scorecards.compute(from, to);
        ProtectionRows rows = new ProtectionRows(jdbc);
        rows.icpc(of(2016, 12, 20), true, of(2017, 1, 13), "HELD", aChild());
        rows.icpc(of(2016, 12, 20), true, of(2017, 1, 16), "HELD", aChild());

        Scorecard after = scorecards.compute(from, to);

        assertThat(after.count(ICPC_HELD) - before.count(ICPC_HELD)).isEqualTo(2);
        assertThat(after.count(ICPC_WITHIN_15_WORKING_DAYS) - before.count(ICPC_WITHIN_15_WORKING_DAYS)).isEqualTo(1);
        assertThat(scorecards.icpcInTime(of(2016, 12, 20), of(2017, 1, 13))).isTrue();
        assertThat(scorecards.icpcInTime(of(2016, 12, 20), of(2017, 1, 16))).isFalse();
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedNamingTheField() {
        assertThatThrownBy(() -> scorecards.compute(of(2000, 4, 1), of(2000, 3, 31)))
            .isInstanceOfSatisfying(ScorecardException.class, e -> assertThat(e.field()).isEqualTo("from"));
    }

    private long aChild() {
        return childRecords.create(ChildFixture.aChild().input()).summary().id().value();
    }
}

package org.irohub.scorecard;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The scorecard's passes over protection's published views (V33), one each (on PostgreSQL the ICPCs counted by the
 * server, see {@link PostgresAggregates}): plans that started or ended in the
 * period, plans open at its end (with their reviews, for the D6 cohort; see {@link OpenPlans}), review conferences
 * held, and initial conferences held. Every month boundary arrives as a date computed in Java (see
 * {@link MonthThresholds}), except the one per-row comparison of two columns, {@code end ≥ start + 24 months},
 * which uses the standard {@code INTERVAL '24' MONTH} that H2 and PostgreSQL both clamp at month ends.
 */
@Component
class ScorecardQueries {

    static final List<String> CATEGORIES = List.of("NEG", "PHY", "SAB", "EMO", "MUL");

    record PlanFlows(int started, int secondOrSubsequent, Map<String, Integer> startedByCategory, int ended,
            int endedLasting2Years) {
    }

    /** Boundaries for the plans open at {@code to}, each computed with {@link MonthThresholds}. */
    record OpenAtEndDates(LocalDate to, LocalDate started3MonthsBy, LocalDate started12MonthsBy,
            LocalDate started24MonthsBy, LocalDate firstReviewDueNotBeforeTo, LocalDate laterReviewDueNotBeforeTo) {

        static OpenAtEndDates at(LocalDate to) {
            return new OpenAtEndDates(to, MonthThresholds.latestStartReaching(to, 3),
                    MonthThresholds.latestStartReaching(to, 12), MonthThresholds.latestStartReaching(to, 24),
                    MonthThresholds.earliestReachingAtLeast(to, 3), MonthThresholds.earliestReachingAtLeast(to, 6));
        }

        /** The D6 rule for one plan of the cohort: no late review, and the next one not due before {@code to}. */
        boolean reviewedInTimescale(LocalDate start, LocalDate lastReview, int lateReviews) {
            return lateReviews == 0 && (lastReview == null ? !start.isBefore(firstReviewDueNotBeforeTo)
                    : !lastReview.isBefore(laterReviewDueNotBeforeTo));
        }
    }

    record OpenAtEnd(int children, int plansOver12Months, int plansOver2Years, int cohort, int cohortReviewedInTime,
            Map<String, Integer> childrenByCategory) {
    }

    record ReviewTimeliness(int held, int inTimescale) {
    }

    static final String PLAN_FLOWS = """
            SELECT s.started, s.second_or_later, s.neg, s.phy, s.sab, s.emo, s.mul, e.ended, e.lasting_2_years
            FROM (SELECT COUNT(*) AS started,
                         COALESCE(SUM(CASE WHEN previous_plans > 0 THEN 1 ELSE 0 END), 0) AS second_or_later,
                         COALESCE(SUM(CASE WHEN initial_category = 'NEG' THEN 1 ELSE 0 END), 0) AS neg,
                         COALESCE(SUM(CASE WHEN initial_category = 'PHY' THEN 1 ELSE 0 END), 0) AS phy,
                         COALESCE(SUM(CASE WHEN initial_category = 'SAB' THEN 1 ELSE 0 END), 0) AS sab,
                         COALESCE(SUM(CASE WHEN initial_category = 'EMO' THEN 1 ELSE 0 END), 0) AS emo,
                         COALESCE(SUM(CASE WHEN initial_category = 'MUL' THEN 1 ELSE 0 END), 0) AS mul
                  FROM cp_plan_started WHERE start_date BETWEEN :from AND :to) s
            CROSS JOIN
                 (SELECT COUNT(*) AS ended,
                         COALESCE(SUM(CASE WHEN end_date >= start_date + INTERVAL '24' MONTH THEN 1 ELSE 0 END), 0)
                             AS lasting_2_years
                  FROM cp_plan_ended WHERE end_date BETWEEN :from AND :to) e
            """;

    /**
     * A review conference of siblings is one conference (one row per plan reviewed, all held the same day): in
     * timescale unless it was held after any of its plans' due dates. Counting distinct conferences costs H2 a
     * fraction of grouping by conference.
     */
    static final String REVIEWS = """
            SELECT COUNT(DISTINCT conference_id) AS held,
                   COUNT(DISTINCT CASE WHEN held_on > due_on THEN conference_id END) AS late
            FROM cp_review_timeliness WHERE held_on BETWEEN :from AND :to
            """;

    /** One row per ICPC, streamed: the working-day check is in Java and H2 groups slowly. */
    static final String ICPCS = """
            SELECT section47_start, held_on
            FROM cp_icpc_facts
            WHERE held_on BETWEEN :from AND :to AND section47_start IS NOT NULL AND held_on >= section47_start
            """;

    private final JdbcClient jdbc;
    private final OpenPlans openPlans;
    private final PostgresAggregates postgres;

    ScorecardQueries(JdbcClient jdbc, OpenPlans openPlans, DataSource dataSource) {
        this.jdbc = jdbc;
        this.openPlans = openPlans;
        this.postgres = onPostgres(dataSource) ? new PostgresAggregates(jdbc) : null;
    }

    private static boolean onPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        }
        catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database holds the records", e);
        }
    }

    PlanFlows planFlows(LocalDate from, LocalDate to) {
        return jdbc.sql(PLAN_FLOWS)
            .param("from", from)
            .param("to", to)
            .query((rs, n) -> new PlanFlows(rs.getInt("started"), rs.getInt("second_or_later"), categories(rs),
                    rs.getInt("ended"), rs.getInt("lasting_2_years")))
            .single();
    }

    /**
     * Children and plans counted once each. A child is reviewed in timescale when no review was late and the next
     * due date is not before :to: the first review's, when none has been held, or the one after the last review.
     */
    OpenAtEnd openAtEnd(OpenAtEndDates dates) {
        Set<Long> children = new HashSet<>();
        Set<Long> cohort = new HashSet<>();
        Set<Long> reviewed = new HashSet<>();
        Map<String, Set<Long>> byCategory = new LinkedHashMap<>();
        CATEGORIES.forEach(c -> byCategory.put(c, new HashSet<>()));
        int over12 = 0;
        int over24 = 0;
        for (OpenPlans.OpenPlan plan : openPlans.at(dates.to(), true)) {
            children.add(plan.childId());
            byCategory.computeIfAbsent(plan.category(), c -> new HashSet<>()).add(plan.childId());
            over12 += plan.startDate().isAfter(dates.started12MonthsBy()) ? 0 : 1;
            over24 += plan.startDate().isAfter(dates.started24MonthsBy()) ? 0 : 1;
            if (!plan.startDate().isAfter(dates.started3MonthsBy())) {
                cohort.add(plan.childId());
                if (dates.reviewedInTimescale(plan.startDate(), plan.lastReview(), plan.lateReview() ? 1 : 0)) {
                    reviewed.add(plan.childId());
                }
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        CATEGORIES.forEach(c -> counts.put(c, byCategory.get(c).size()));
        return new OpenAtEnd(children.size(), over12, over24, cohort.size(), reviewed.size(), counts);
    }

    ReviewTimeliness reviews(LocalDate from, LocalDate to) {
        return jdbc.sql(REVIEWS)
            .param("from", from)
            .param("to", to)
            .query((rs, n) -> new ReviewTimeliness(rs.getInt("held"), rs.getInt("held") - rs.getInt("late")))
            .single();
    }

    /**
     * @param deadline the last day an ICPC is in time for a section 47 started on the day given
     * @return {ICPCs held in the period, those held in time}; on H2 streamed and counted here, without holding them
     */
    int[] icpcTimeliness(LocalDate from, LocalDate to, UnaryOperator<LocalDate> deadline) {
        if (postgres != null) {
            return postgres.icpcs(from, to, deadline);
        }
        int[] counts = new int[2];
        jdbc.sql(ICPCS)
            .param("from", from)
            .param("to", to)
            .query(rs -> {
                counts[0]++;
                if (!rs.getObject(2, LocalDate.class).isAfter(deadline.apply(rs.getObject(1, LocalDate.class)))) {
                    counts[1]++;
                }
            });
        return counts;
    }

    private static Map<String, Integer> categories(ResultSet rs) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String category : CATEGORIES) {
            counts.put(category, rs.getInt(category.toLowerCase()));
        }
        return counts;
    }
}

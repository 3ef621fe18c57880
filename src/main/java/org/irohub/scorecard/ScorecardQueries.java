package org.irohub.scorecard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The scorecard's aggregate queries over protection's published views (V33), one pass each: plans that started
 * or ended in the period, plans open at its end (with their reviews, for the D6 cohort), review conferences held,
 * and initial conferences held. Every month boundary arrives as a date computed in Java (see
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

        /** The D6 rule of {@link ScorecardQueries#OPEN_AT_END}, for one plan of the cohort, in Java. */
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

    /** Initial conferences held on {@code heldOn} after a section 47 enquiry that started on {@code s47Start}. */
    record IcpcDates(LocalDate s47Start, LocalDate heldOn, int conferences) {
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
                  FROM cp_plan_facts WHERE start_date BETWEEN :from AND :to) s
            CROSS JOIN
                 (SELECT COUNT(*) AS ended,
                         COALESCE(SUM(CASE WHEN end_date >= start_date + INTERVAL '24' MONTH THEN 1 ELSE 0 END), 0)
                             AS lasting_2_years
                  FROM cp_plan_facts WHERE end_date BETWEEN :from AND :to) e
            """;

    /**
     * Each plan open at :to (written as two branches, still open and ended after :to, so each can use an index)
     * with its reviews held by then (how many were late, the last one) and its category at :to (the newest change
     * on or before it). The drill-down lists these rows; {@link #OPEN_AT_END} counts them.
     */
    static final String PLANS_OPEN_AT_END = """
            SELECT g.plan_id, g.child_id, g.start_date, g.end_date, g.last_review, g.late_reviews,
                   COALESCE((SELECT c.category FROM cp_plan_category_facts c
                             WHERE c.plan_id = g.plan_id AND c.changed_on <= :to
                             ORDER BY c.changed_on DESC, c.category FETCH FIRST 1 ROW ONLY),
                            g.latest_category) AS category
            FROM (SELECT p.plan_id, p.child_id, p.start_date, p.end_date, p.latest_category,
                         MAX(r.held_on) AS last_review,
                         COALESCE(SUM(CASE WHEN r.held_on > r.due_on THEN 1 ELSE 0 END), 0) AS late_reviews
                  FROM (SELECT plan_id, child_id, start_date, end_date, latest_category FROM cp_plan_facts
                        WHERE end_date IS NULL AND start_date <= :to
                        UNION ALL
                        SELECT plan_id, child_id, start_date, end_date, latest_category FROM cp_plan_facts
                        WHERE end_date > :to AND start_date <= :to) p
                  LEFT JOIN cp_review_facts r ON r.plan_id = p.plan_id AND r.held_on <= :to
                  GROUP BY p.plan_id, p.child_id, p.start_date, p.end_date, p.latest_category) g
            """;

    /**
     * Children and plans counted once each. A child is reviewed in timescale when no review was late and the next
     * due date is not before :to: the first review's, when none has been held, or the one after the last review.
     */
    static final String OPEN_AT_END = """
            SELECT COUNT(DISTINCT o.child_id) AS children,
                   COALESCE(SUM(CASE WHEN o.start_date <= :t12 THEN 1 ELSE 0 END), 0) AS over12,
                   COALESCE(SUM(CASE WHEN o.start_date <= :t24 THEN 1 ELSE 0 END), 0) AS over24,
                   COUNT(DISTINCT CASE WHEN o.start_date <= :t3 THEN o.child_id END) AS cohort,
                   COUNT(DISTINCT CASE WHEN o.start_date <= :t3 AND o.late_reviews = 0
                                        AND ((o.last_review IS NULL AND o.start_date >= :firstDueFrom)
                                             OR o.last_review >= :laterDueFrom)
                                       THEN o.child_id END) AS reviewed,
                   COUNT(DISTINCT CASE WHEN o.category = 'NEG' THEN o.child_id END) AS neg,
                   COUNT(DISTINCT CASE WHEN o.category = 'PHY' THEN o.child_id END) AS phy,
                   COUNT(DISTINCT CASE WHEN o.category = 'SAB' THEN o.child_id END) AS sab,
                   COUNT(DISTINCT CASE WHEN o.category = 'EMO' THEN o.child_id END) AS emo,
                   COUNT(DISTINCT CASE WHEN o.category = 'MUL' THEN o.child_id END) AS mul
            FROM (""" + PLANS_OPEN_AT_END + ") o";

    /** A review conference of siblings is one conference: in timescale when held by every plan's due date. */
    static final String REVIEWS = """
            SELECT COUNT(*) AS held, COALESCE(SUM(CASE WHEN r.held_on <= r.due_on THEN 1 ELSE 0 END), 0) AS in_time
            FROM (SELECT conference_id, MAX(held_on) AS held_on, MIN(due_on) AS due_on
                  FROM cp_review_facts WHERE held_on BETWEEN :from AND :to
                  GROUP BY conference_id) r
            """;

    static final String ICPCS = """
            SELECT section47_start, held_on, COUNT(*) AS conferences
            FROM cp_icpc_facts
            WHERE held_on BETWEEN :from AND :to AND section47_start IS NOT NULL AND held_on >= section47_start
            GROUP BY section47_start, held_on
            """;

    private final JdbcClient jdbc;

    ScorecardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PlanFlows planFlows(LocalDate from, LocalDate to) {
        return jdbc.sql(PLAN_FLOWS)
            .param("from", from)
            .param("to", to)
            .query((rs, n) -> new PlanFlows(rs.getInt("started"), rs.getInt("second_or_later"), categories(rs),
                    rs.getInt("ended"), rs.getInt("lasting_2_years")))
            .single();
    }

    OpenAtEnd openAtEnd(OpenAtEndDates dates) {
        return jdbc.sql(OPEN_AT_END)
            .param("to", dates.to())
            .param("t3", dates.started3MonthsBy())
            .param("t12", dates.started12MonthsBy())
            .param("t24", dates.started24MonthsBy())
            .param("firstDueFrom", dates.firstReviewDueNotBeforeTo())
            .param("laterDueFrom", dates.laterReviewDueNotBeforeTo())
            .query((rs, n) -> new OpenAtEnd(rs.getInt("children"), rs.getInt("over12"), rs.getInt("over24"),
                    rs.getInt("cohort"), rs.getInt("reviewed"), categories(rs)))
            .single();
    }

    ReviewTimeliness reviews(LocalDate from, LocalDate to) {
        return jdbc.sql(REVIEWS)
            .param("from", from)
            .param("to", to)
            .query((rs, n) -> new ReviewTimeliness(rs.getInt("held"), rs.getInt("in_time")))
            .single();
    }

    List<IcpcDates> icpcs(LocalDate from, LocalDate to) {
        return jdbc.sql(ICPCS)
            .param("from", from)
            .param("to", to)
            .query((rs, n) -> new IcpcDates(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
                    rs.getInt(3)))
            .list();
    }

    private static Map<String, Integer> categories(ResultSet rs) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String category : CATEGORIES) {
            counts.put(category, rs.getInt(category.toLowerCase()));
        }
        return counts;
    }
}

package org.irohub.scorecard;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A second benchmark baseline, for PostgreSQL: one hand-written statement that counts every count of the scorecard
 * (the percentages and the rate follow from them), where {@link HandWrittenScorecardSql} counts five. It takes the
 * month boundaries and the ICPC deadlines as parameters, as the scorecard's own SQL does, since working days
 * are not something SQL knows.
 */
public final class HandWrittenFullScorecardSql {

    static final String SQL = """
            SELECT f.*, r.*, o.*, i.*
            FROM (SELECT COUNT(*) FILTER (WHERE start_date BETWEEN :from AND :to) AS plans_started,
                         COUNT(*) FILTER (WHERE start_date BETWEEN :from AND :to AND previous_plans > 0) AS second_or_later,
                         COUNT(*) FILTER (WHERE start_date BETWEEN :from AND :to AND initial_category = 'NEG') AS started_neg,
                         COUNT(*) FILTER (WHERE start_date BETWEEN :from AND :to AND initial_category = 'PHY') AS started_phy,
                         COUNT(*) FILTER (WHERE start_date BETWEEN :from AND :to AND initial_category = 'SAB') AS started_sab,
                         COUNT(*) FILTER (WHERE start_date BETWEEN :from AND :to AND initial_category = 'EMO') AS started_emo,
                         COUNT(*) FILTER (WHERE start_date BETWEEN :from AND :to AND initial_category = 'MUL') AS started_mul,
                         COUNT(*) FILTER (WHERE end_date BETWEEN :from AND :to) AS plans_ended,
                         COUNT(*) FILTER (WHERE end_date BETWEEN :from AND :to
                                          AND end_date >= start_date + INTERVAL '24' MONTH) AS ended_2_years
                  FROM child_protection_plan
                  WHERE start_date BETWEEN :from AND :to OR end_date BETWEEN :from AND :to) f
            CROSS JOIN
                 (SELECT COUNT(*) AS reviews_held, COUNT(*) FILTER (WHERE held_on <= due_on) AS reviews_in_time
                  FROM (SELECT conference_id, MAX(held_on) AS held_on, MIN(due_on) AS due_on FROM plan_review
                        WHERE held_on BETWEEN :from AND :to GROUP BY conference_id) c) r
            CROSS JOIN
                 (SELECT COUNT(*) AS children, COALESCE(SUM(over12), 0) AS over12, COALESCE(SUM(over24), 0) AS over24,
                         COUNT(*) FILTER (WHERE cohort) AS cohort, COUNT(*) FILTER (WHERE reviewed) AS reviewed,
                         COUNT(*) FILTER (WHERE neg) AS open_neg, COUNT(*) FILTER (WHERE phy) AS open_phy,
                         COUNT(*) FILTER (WHERE sab) AS open_sab, COUNT(*) FILTER (WHERE emo) AS open_emo,
                         COUNT(*) FILTER (WHERE mul) AS open_mul
                  FROM (SELECT p.child_id,
                               COUNT(*) FILTER (WHERE p.start_date <= :t12) AS over12,
                               COUNT(*) FILTER (WHERE p.start_date <= :t24) AS over24,
                               BOOL_OR(p.start_date <= :t3) AS cohort,
                               BOOL_OR(p.start_date <= :t3 AND NOT p.late
                                       AND CASE WHEN p.last_review IS NULL THEN p.start_date >= :firstDueFrom
                                                ELSE p.last_review >= :laterDueFrom END) AS reviewed,
                               BOOL_OR(COALESCE(t.category, p.latest_category) = 'NEG') AS neg,
                               BOOL_OR(COALESCE(t.category, p.latest_category) = 'PHY') AS phy,
                               BOOL_OR(COALESCE(t.category, p.latest_category) = 'SAB') AS sab,
                               BOOL_OR(COALESCE(t.category, p.latest_category) = 'EMO') AS emo,
                               BOOL_OR(COALESCE(t.category, p.latest_category) = 'MUL') AS mul
                        FROM (SELECT p.id AS plan_id, p.child_id, p.start_date, p.latest_category,
                                     MAX(r.held_on) AS last_review, COALESCE(BOOL_OR(r.held_on > r.due_on), FALSE) AS late
                              FROM child_protection_plan p
                              LEFT JOIN plan_review r ON r.plan_id = p.id AND r.held_on <= :to
                              WHERE p.start_date <= :to AND (p.end_date IS NULL OR p.end_date > :to)
                              GROUP BY p.id, p.child_id, p.start_date, p.latest_category) p
                        LEFT JOIN (SELECT DISTINCT ON (c.child_protection_plan) c.child_protection_plan AS plan_id, c.category
                                   FROM plan_category_change c
                                   WHERE c.changed_on <= :to AND c.child_protection_plan IN
                                         (SELECT child_protection_plan FROM plan_category_change WHERE changed_on > :to)
                                   ORDER BY c.child_protection_plan, c.changed_on DESC, c.category) t
                               ON t.plan_id = p.plan_id
                        GROUP BY p.child_id) per_child) o
            CROSS JOIN
                 (SELECT COUNT(*) AS icpc_held, COUNT(*) FILTER (WHERE i.held_on <= d.deadline) AS icpc_within
                  FROM conference c
                  JOIN strategy_discussion s ON s.id = c.strategy_discussion_id AND s.section47_started
                  CROSS JOIN LATERAL (SELECT s.held_on AS section47_start, c.held_on) i
                  LEFT JOIN unnest(CAST(:starts AS DATE[]), CAST(:deadlines AS DATE[])) AS d (start_on, deadline)
                         ON d.start_on = i.section47_start
                  WHERE c.type = 'INITIAL' AND c.status = 'HELD' AND c.held_on BETWEEN :from AND :to
                    AND c.held_on >= s.held_on) i
            """;

    private HandWrittenFullScorecardSql() {
    }

    /** Every count, keyed by the scorecard's indicator ids ({@code …ByInitialCategory} and the like as maps). */
    public static Map<String, Object> run(JdbcClient jdbc, LocalDate from, LocalDate to, UnaryOperator<LocalDate> icpcDue) {
        var dates = ScorecardQueries.OpenAtEndDates.at(to);
        var deadlines = PostgresAggregates.Deadlines.of(from, to, icpcDue);
        return jdbc.sql(SQL)
            .param("from", from).param("to", to)
            .param("t3", dates.started3MonthsBy()).param("t12", dates.started12MonthsBy())
            .param("t24", dates.started24MonthsBy()).param("firstDueFrom", dates.firstReviewDueNotBeforeTo())
            .param("laterDueFrom", dates.laterReviewDueNotBeforeTo())
            .param("starts", deadlines.starts()).param("deadlines", deadlines.deadlines())
            .query((rs, n) -> {
                Map<String, Object> counts = new LinkedHashMap<>();
                counts.put(Indicator.CHILDREN_ON_PLAN_AT_END.id(), rs.getInt("children"));
                counts.put(Indicator.PLANS_STARTED.id(), rs.getInt("plans_started"));
                counts.put(Indicator.PLANS_STARTED_SECOND_OR_SUBSEQUENT.id(), rs.getInt("second_or_later"));
                counts.put(Indicator.PLANS_STARTED_BY_INITIAL_CATEGORY.id(), categories(rs, "started_"));
                counts.put(Indicator.PLANS_ENDED.id(), rs.getInt("plans_ended"));
                counts.put(Indicator.PLANS_ENDED_LASTING_2_YEARS_OR_MORE.id(), rs.getInt("ended_2_years"));
                counts.put(Indicator.PLANS_OVER_12_MONTHS_AT_END.id(), rs.getInt("over12"));
                counts.put(Indicator.PLANS_OVER_2_YEARS_AT_END.id(), rs.getInt("over24"));
                counts.put(Indicator.CHILDREN_ON_PLAN_AT_END_BY_LATEST_CATEGORY.id(), categories(rs, "open_"));
                counts.put(Indicator.ICPC_HELD.id(), rs.getInt("icpc_held"));
                counts.put(Indicator.ICPC_WITHIN_15_WORKING_DAYS.id(), rs.getInt("icpc_within"));
                counts.put(Indicator.REVIEWS_HELD.id(), rs.getInt("reviews_held"));
                counts.put(Indicator.REVIEWS_IN_TIMESCALE.id(), rs.getInt("reviews_in_time"));
                counts.put(Indicator.CHILDREN_ON_PLAN_3_MONTHS_AT_END.id(), rs.getInt("cohort"));
                counts.put(Indicator.CHILDREN_REVIEWED_IN_TIMESCALE.id(), rs.getInt("reviewed"));
                return counts;
            })
            .single();
    }

    /** The same counts taken from a scorecard, to compare. */
    public static Map<String, Object> countsOf(Scorecard scorecard) {
        Map<String, Object> counts = new LinkedHashMap<>();
        scorecard.byId().forEach((id, value) -> {
            Indicator indicator = java.util.Arrays.stream(Indicator.values()).filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow();
            if (indicator.kind() == Indicator.Kind.COUNT || indicator.kind() == Indicator.Kind.BY_CATEGORY) {
                counts.put(id, value);
            }
        });
        return counts;
    }

    private static Map<String, Integer> categories(java.sql.ResultSet rs, String prefix) throws java.sql.SQLException {
        Map<String, Integer> byCategory = new LinkedHashMap<>();
        for (String category : ScorecardQueries.CATEGORIES) {
            byCategory.put(category, rs.getInt(prefix + category.toLowerCase()));
        }
        return byCategory;
    }
}

package org.irohub.scorecard;

import java.sql.Date;
import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The baseline a benchmark sets the scorecard beside: one hand-written statement over protection's tables (not
 * its views) for five of the figures, written as directly as SQL allows. Same definitions as the scorecard.
 */
public final class HandWrittenScorecardSql {

    /** Parameters, in order: to, to, from, to, from, to, from, to. */
    public static final String SQL = """
            SELECT
              (SELECT COUNT(DISTINCT child_id) FROM child_protection_plan
               WHERE start_date <= ? AND (end_date IS NULL OR end_date > ?)) AS children_on_plan_at_end,
              (SELECT COUNT(*) FROM child_protection_plan WHERE start_date BETWEEN ? AND ?) AS plans_started,
              (SELECT COUNT(*) FROM child_protection_plan WHERE end_date BETWEEN ? AND ?) AS plans_ended,
              r.reviews_held,
              r.reviews_in_timescale
            FROM (SELECT COUNT(*) AS reviews_held,
                         COALESCE(SUM(CASE WHEN c.held_on <= c.due_on THEN 1 ELSE 0 END), 0) AS reviews_in_timescale
                  FROM (SELECT conference_id, MAX(held_on) AS held_on, MIN(due_on) AS due_on FROM plan_review
                        WHERE held_on BETWEEN ? AND ? GROUP BY conference_id) c) r
            """;

    public record Figures(int childrenOnPlanAtEnd, int plansStarted, int plansEnded, int reviewsHeld,
            int reviewsInTimescale) {
    }

    private HandWrittenScorecardSql() {
    }

    public static Figures run(JdbcTemplate jdbc, LocalDate from, LocalDate to) {
        Date f = Date.valueOf(from);
        Date t = Date.valueOf(to);
        return jdbc.queryForObject(SQL, (rs, n) -> new Figures(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                rs.getInt(5)), t, t, f, t, f, t, f, t);
    }
}

package org.irohub.scorecard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The figures beside the indicators: reasons out of timescale, and categories of abuse month by month. */
@Component
class BreakdownQueries {

    private static final String LATE_REASONS = """
            SELECT EXTRACT(YEAR FROM held_on) AS y, EXTRACT(MONTH FROM held_on) AS m, conference_type, reason_code,
                   reason_label, COUNT(*) AS conferences
            FROM cp_late_reason_facts
            WHERE held_on BETWEEN :from AND :to
            GROUP BY EXTRACT(YEAR FROM held_on), EXTRACT(MONTH FROM held_on), conference_type, reason_code, reason_label
            ORDER BY 1, 2, 3, 4
            """;

    private static final String STARTED_BY_MONTH = """
            SELECT EXTRACT(YEAR FROM start_date) AS y, EXTRACT(MONTH FROM start_date) AS m, initial_category,
                   COUNT(*) AS plans
            FROM cp_plan_facts
            WHERE start_date BETWEEN :from AND :to
            GROUP BY EXTRACT(YEAR FROM start_date), EXTRACT(MONTH FROM start_date), initial_category
            """;

    /** Children on a plan at :at by the category the plan had then; see ScorecardQueries.OPEN_AT_END. */
    private static final String CHILDREN_BY_CATEGORY_AT = """
            SELECT o.category, COUNT(DISTINCT o.child_id) AS children
            FROM (SELECT p.child_id,
                         COALESCE((SELECT c.category FROM cp_plan_category_facts c
                                   WHERE c.plan_id = p.plan_id AND c.changed_on <= :at
                                   ORDER BY c.changed_on DESC, c.category FETCH FIRST 1 ROW ONLY),
                                  p.latest_category) AS category
                  FROM (SELECT plan_id, child_id, latest_category FROM cp_plan_facts
                        WHERE end_date IS NULL AND start_date <= :at
                        UNION ALL
                        SELECT plan_id, child_id, latest_category FROM cp_plan_facts
                        WHERE end_date > :at AND start_date <= :at) p) o
            GROUP BY o.category
            """;

    private final JdbcClient jdbc;

    BreakdownQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<LateReasonCount> lateReasons(LocalDate from, LocalDate to) {
        return jdbc.sql(LATE_REASONS)
            .param("from", from)
            .param("to", to)
            .query((rs, n) -> new LateReasonCount(YearMonth.of(rs.getInt("y"), rs.getInt("m")),
                    rs.getString("conference_type"), rs.getString("reason_code"), rs.getString("reason_label"),
                    rs.getInt("conferences")))
            .list();
    }

    Map<YearMonth, Map<String, Integer>> startedByMonth(LocalDate from, LocalDate to) {
        Map<YearMonth, Map<String, Integer>> byMonth = new HashMap<>();
        jdbc.sql(STARTED_BY_MONTH)
            .param("from", from)
            .param("to", to)
            .query((rs, n) -> byMonth.computeIfAbsent(YearMonth.of(rs.getInt("y"), rs.getInt("m")), m -> zeros())
                .merge(rs.getString("initial_category"), rs.getInt("plans"), Integer::sum))
            .list();
        return byMonth;
    }

    Map<String, Integer> childrenByCategoryAt(LocalDate at) {
        Map<String, Integer> counts = zeros();
        jdbc.sql(CHILDREN_BY_CATEGORY_AT)
            .param("at", at)
            .query((rs, n) -> counts.merge(rs.getString("category"), rs.getInt("children"), Integer::sum))
            .list();
        return counts;
    }

    static Map<String, Integer> zeros() {
        Map<String, Integer> zeros = new LinkedHashMap<>();
        ScorecardQueries.CATEGORIES.forEach(c -> zeros.put(c, 0));
        return zeros;
    }
}

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
            FROM cp_plan_started
            WHERE start_date BETWEEN :from AND :to
            GROUP BY EXTRACT(YEAR FROM start_date), EXTRACT(MONTH FROM start_date), initial_category
            """;

    private final JdbcClient jdbc;
    private final OpenPlans openPlans;

    BreakdownQueries(JdbcClient jdbc, OpenPlans openPlans) {
        this.jdbc = jdbc;
        this.openPlans = openPlans;
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

    /** Children on a plan at the date by the category their plan had then. */
    Map<String, Integer> childrenByCategoryAt(LocalDate at) {
        Map<String, java.util.Set<Long>> children = new HashMap<>();
        openPlans.at(at, false)
            .forEach(p -> children.computeIfAbsent(p.category(), c -> new java.util.HashSet<>()).add(p.childId()));
        Map<String, Integer> counts = zeros();
        children.forEach((category, ids) -> counts.put(category, ids.size()));
        return counts;
    }

    static Map<String, Integer> zeros() {
        Map<String, Integer> zeros = new LinkedHashMap<>();
        ScorecardQueries.CATEGORIES.forEach(c -> zeros.put(c, 0));
        return zeros;
    }
}

package org.irohub.interchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Row counts of every table an import writes to, to show that a refused import wrote nothing. */
public final class RowCounts {

    public static final List<String> TABLES = List.of("child", "strategy_discussion", "discussed_child", "conference",
            "conference_child", "child_protection_plan", "plan_category_change", "plan_review", "cin_episode",
            "cin_plan_period", "census_section47", "census_plan", "census_child", "census_import_child",
            "census_import_finding");

    private RowCounts() {
    }

    public static Map<String, Long> of(JdbcClient jdbc) {
        Map<String, Long> counts = new LinkedHashMap<>();
        TABLES.forEach(t -> counts.put(t, jdbc.sql("SELECT COUNT(*) FROM " + t).query(Long.class).single()));
        return counts;
    }

    /** The tables whose count differs, with the difference. */
    public static Map<String, Long> changes(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> changed = new LinkedHashMap<>();
        before.forEach((t, n) -> {
            if (!after.get(t).equals(n)) {
                changed.put(t, after.get(t) - n);
            }
        });
        return changed;
    }
}

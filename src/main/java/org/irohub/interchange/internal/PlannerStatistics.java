package org.irohub.interchange.internal;

import java.util.List;

import org.irohub.bulk.BulkRows;
import org.irohub.bulk.GrowingTables;
import org.springframework.stereotype.Component;

/**
 * Which tables an import's PostgreSQL planner statistics are kept up to date for, as they grow inside the one
 * import transaction (see {@link GrowingTables}). H2 needs nothing of the kind.
 * <p>
 * Every table is watched even when every child is new and nothing held is looked up: each inserted row's
 * foreign keys are checked by a look-up in the table referenced, and with that table's statistics left at empty
 * the checks are planned as scans (a 10,000-child first import took 40 s instead of 4 when only {@code child}
 * was analysed).
 */
@Component
class PlannerStatistics {

    /** The tables the import looks records up in, by child or by key. */
    static final List<String> LOOKED_UP = List.of("child", "discussed_child", "conference_child", "conference",
            "strategy_discussion", "child_protection_plan", "plan_category_change", "plan_review", "cin_episode",
            "cin_plan_period", "census_section47", "census_plan", "census_child");

    private final BulkRows bulk;

    PlannerStatistics(BulkRows bulk) {
        this.bulk = bulk;
    }

    /** Starts watching in the current transaction; refresh it before the first chunk and after each one. */
    GrowingTables watch() {
        return bulk.watchGrowth(LOOKED_UP);
    }
}

package org.irohub.interchange.internal;

import java.util.List;

import org.irohub.bulk.BulkRows;
import org.springframework.stereotype.Component;

/**
 * Keeps PostgreSQL's planner statistics up to date while a long import transaction fills the tables it looks
 * records up in. Autovacuum cannot see rows that are not committed, so without this a first import into empty
 * tables has every lookup planned as a scan of a table believed empty, and each chunk takes longer than the last.
 * ANALYZE run inside the transaction counts its own rows. H2 needs nothing of the kind.
 * <p>
 * Every table is analysed even when every child is new and nothing held is looked up: each inserted row's
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

    /** Before the first chunk and after the 1st, 4th, 16th and 64th: as the tables grow by powers of four. */
    void refreshAfterChunk(int chunksWritten) {
        if (chunksWritten == 0 || chunksWritten == 1 || chunksWritten == 4 || chunksWritten == 16 || chunksWritten == 64) {
            bulk.analyse(LOOKED_UP);
        }
    }
}

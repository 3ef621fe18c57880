package org.irohub.protection;

import java.sql.Types;
import java.time.LocalDate;
import java.util.List;

import org.irohub.bulk.BulkRows;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * Batched inserts of imported history (see {@link BulkRows}), returning the new ids in the order of the rows.
 * Nullable values go in as typed nulls so that no driver has to ask the database what a parameter's type is.
 */
final class HistoryRows {

    static final String DISCUSSION = """
            INSERT INTO strategy_discussion (held_on, section47_started, notified_on, recorded_by, recorded_at, version)
            VALUES (?, TRUE, ?, ?, ?, 0)
            """;
    static final String CONFERENCE = """
            INSERT INTO conference (type, status, due_date, due_basis, strategy_discussion_id, pre_birth, held_on,
                                    outcome, category, recommendation, end_reason, created_at, version)
            VALUES (?, 'HELD', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
            """;
    static final String PLAN = """
            INSERT INTO child_protection_plan (child_id, start_date, initial_category, latest_category, end_date,
                                               end_reason, pre_birth, previous_plans, started_at_conference, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
            """;

    private final BulkRows bulk;

    HistoryRows(BulkRows bulk) {
        this.bulk = bulk;
    }

    List<Long> insert(String sql, List<Object[]> rows) {
        return bulk.insert(sql, rows);
    }

    void batch(String sql, List<Object[]> rows) {
        bulk.batch(sql, rows);
    }

    static SqlParameterValue date(LocalDate date) {
        return new SqlParameterValue(Types.DATE, date);
    }

    static SqlParameterValue id(Long id) {
        return new SqlParameterValue(Types.BIGINT, id);
    }

    static SqlParameterValue text(Object value) {
        return new SqlParameterValue(Types.VARCHAR, value == null ? null : value.toString());
    }
}

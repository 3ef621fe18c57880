package org.irohub.protection;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Batched inserts of imported history, returning the generated ids in the order of the rows. Nullable values go
 * in as typed nulls so that no driver has to ask the database what a parameter's type is.
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

    private final JdbcTemplate jdbc;

    HistoryRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Long> insert(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.batchUpdate(con -> con.prepareStatement(sql, new String[] { "id" }), new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                new ArgumentPreparedStatementSetter(rows.get(i)).setValues(ps);
            }

            @Override
            public int getBatchSize() {
                return rows.size();
            }
        }, keys);
        List<Long> ids = new ArrayList<>(rows.size());
        for (Map<String, Object> key : keys.getKeyList()) {
            ids.add(((Number) key.values().iterator().next()).longValue());
        }
        if (ids.size() != rows.size()) {
            throw new IllegalStateException("Expected " + rows.size() + " generated ids, got " + ids.size());
        }
        return ids;
    }

    void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
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

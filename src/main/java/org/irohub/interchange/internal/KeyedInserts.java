package org.irohub.interchange.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** A batched insert that returns the generated {@code id} of each row, in the order of the rows. */
final class KeyedInserts {

    private final JdbcTemplate jdbc;

    KeyedInserts(JdbcTemplate jdbc) {
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
}

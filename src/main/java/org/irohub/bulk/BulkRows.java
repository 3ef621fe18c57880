package org.irohub.bulk;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Batched inserts into tables whose {@code id} is an identity column, returning the new ids in the order of the
 * rows, in the caller's transaction.
 * <p>
 * On PostgreSQL the ids are drawn from the identity's sequence first, in one round trip, and written with the
 * rows: a batch that asks for generated keys is sent as one statement per row. The rows then go as one
 * {@code COPY} where the statement allows it (see {@link PostgresCopy}), else as a batch the driver rewrites into
 * multi-row inserts (see {@link PostgresBatchRewrite}). On H2,
 * which runs in the same process and has no per-statement round trip, the keys are simply returned; its
 * identity sequences cannot be drawn from by name.
 */
@Component
public class BulkRows {

    private static final Pattern INSERT = Pattern.compile(
            "(?is)^\\s*INSERT\\s+INTO\\s+(\\w+)\\s*\\((.*?)\\)\\s*VALUES\\s*\\((.*)\\)\\s*$");

    private final JdbcTemplate jdbc;
    private final Map<String, String> withIds = new ConcurrentHashMap<>();
    private final Map<String, String> sequences = new ConcurrentHashMap<>();
    private final Map<String, Optional<PostgresCopy>> copies = new ConcurrentHashMap<>();
    private volatile Boolean postgres;

    public BulkRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param sql {@code INSERT INTO table (columns) VALUES (values)} without the id column, one {@code ?} per
     *            element of each row (constants may be written in)
     * @return the id of each row, in the order of {@code rows}
     */
    public List<Long> insert(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        return postgres() ? insertWithDrawnIds(sql, rows) : insertReturningKeys(sql, rows);
    }

    /** A plain batch (updates, or inserts whose ids nobody needs). */
    public void batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        PostgresCopy copy = postgres() ? copies.computeIfAbsent(sql, BulkRows::copyOf).orElse(null) : null;
        if (copy != null) {
            jdbc.execute((ConnectionCallback<Void>) con -> {
                copy.write(con, rows);
                return null;
            });
        }
        else {
            jdbc.batchUpdate(sql, rows);
        }
    }

    /** The COPY form of a single-row INSERT, if it has one (see {@link PostgresCopy}). */
    private static Optional<PostgresCopy> copyOf(String sql) {
        var insert = INSERT.matcher(sql);
        return insert.matches() ? Optional.ofNullable(PostgresCopy.of(insert.group(1), insert.group(2), insert.group(3)))
                : Optional.empty();
    }

    /**
     * Starts watching these tables' growth in the current transaction, to keep PostgreSQL's planner statistics in
     * step with it (see {@link GrowingTables}); on H2 the watch does nothing.
     */
    public GrowingTables watchGrowth(List<String> tables) {
        return new GrowingTables(postgres() ? jdbc : null, tables);
    }

    private List<Long> insertWithDrawnIds(String sql, List<Object[]> rows) {
        var insert = INSERT.matcher(sql);
        if (!insert.matches()) {
            throw new IllegalArgumentException("Not a single-row INSERT ... VALUES statement: " + sql);
        }
        String table = insert.group(1);
        // The sequence's name is looked up once: pg_get_serial_sequence in the select list would run for every id.
        String sequence = sequences.computeIfAbsent(table.toLowerCase(Locale.ROOT),
                t -> jdbc.queryForObject("SELECT pg_get_serial_sequence(?, 'id')", String.class, t));
        List<Long> ids = jdbc.queryForList("SELECT nextval(CAST(? AS regclass)) FROM generate_series(1, ?)", Long.class,
                sequence, rows.size());
        List<Object[]> withId = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Object[] row = rows.get(i);
            Object[] values = new Object[row.length + 1];
            values[0] = ids.get(i);
            System.arraycopy(row, 0, values, 1, row.length);
            withId.add(values);
        }
        batch(withIds.computeIfAbsent(sql, s -> "INSERT INTO " + table + " (id, " + insert.group(2)
                + ") VALUES (?, " + insert.group(3) + ")"), withId);
        return ids;
    }

    private List<Long> insertReturningKeys(String sql, List<Object[]> rows) {
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

    private boolean postgres() {
        if (postgres == null) {
            postgres = jdbc.execute((ConnectionCallback<Boolean>) con -> con.getMetaData().getDatabaseProductName()
                .toLowerCase(Locale.ROOT).contains("postgres"));
        }
        return postgres;
    }
}

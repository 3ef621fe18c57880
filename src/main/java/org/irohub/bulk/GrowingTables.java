package org.irohub.bulk;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps PostgreSQL's planner statistics in step with one long loading transaction. Autovacuum cannot see rows not
 * yet committed, so a first load into empty tables would have every look-up (and every foreign-key check) planned
 * as a scan of a table believed empty, each batch slower than the last; ANALYZE run inside the transaction counts
 * its own rows.
 * <p>
 * A table is analysed only once it holds at least {@value #GROWTH} times the rows its statistics were taken from.
 * Statistics a quarter of the truth still lead the planner to the indexes; what misleads it is statistics that
 * say empty. Analysing by growth rather than by batch count matters on a full database: ANALYZE samples 30,000
 * rows of each table, and re-sampling large tables a few thousand rows into a load cost a 10,000-child import a
 * third of its server time. On H2, which plans from its live row counts, nothing is done.
 */
public final class GrowingTables {

    /** How many times larger than its statistics a table must grow before it is analysed again. */
    static final int GROWTH = 4;

    private final JdbcTemplate jdbc;
    private final List<String> tables;
    private final Map<String, Long> heldBefore = new HashMap<>();
    private final Map<String, Long> insertedBefore = new HashMap<>();
    private final Map<String, Long> statisticsRows = new HashMap<>();

    GrowingTables(JdbcTemplate jdbc, List<String> tables) {
        this.jdbc = jdbc;
        this.tables = List.copyOf(tables);
        if (jdbc != null) {
            String in = String.join(",", tables.stream().map(t -> "?").toList());
            jdbc.query("""
                    SELECT s.relname, greatest(c.reltuples, 0)::bigint, s.n_live_tup, x.n_tup_ins
                    FROM pg_stat_user_tables s
                    JOIN pg_class c ON c.oid = s.relid
                    JOIN pg_stat_xact_user_tables x ON x.relid = s.relid
                    WHERE s.schemaname = current_schema() AND s.relname IN (%s)
                    """.formatted(in), rs -> {
                String table = rs.getString(1);
                statisticsRows.put(table, rs.getLong(2));
                heldBefore.put(table, Math.max(rs.getLong(2), rs.getLong(3)));
                insertedBefore.put(table, rs.getLong(4));
            }, tables.toArray());
        }
    }

    /** Analyses the tables that have outgrown their statistics since the last call (or since the start). */
    public void refresh() {
        if (jdbc == null) {
            return;
        }
        Map<String, Long> now = new HashMap<>();
        jdbc.query("SELECT relname, n_tup_ins FROM pg_stat_xact_user_tables WHERE schemaname = current_schema()",
                rs -> {
                    now.put(rs.getString(1), rs.getLong(2));
                });
        for (String table : tables) {
            long rows = heldBefore.getOrDefault(table, 0L)
                    + now.getOrDefault(table, 0L) - insertedBefore.getOrDefault(table, 0L);
            if (outgrown(rows, statisticsRows.getOrDefault(table, 0L))) {
                jdbc.execute("ANALYZE " + table);
                statisticsRows.put(table, rows);
            }
        }
    }

    /** @param statisticsRows the rows the table's statistics were taken from (0 for none) */
    static boolean outgrown(long rows, long statisticsRows) {
        return rows > 0 && rows >= GROWTH * statisticsRows;
    }
}

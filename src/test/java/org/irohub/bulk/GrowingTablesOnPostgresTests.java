package org.irohub.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.irohub.support.OnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** PostgreSQL only: on H2 there are no planner statistics to keep. */
@OnPostgres
@Transactional
class GrowingTablesOnPostgresTests {

    @Autowired
    BulkRows bulk;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTableThatOutgrowsItsStatisticsInTheTransactionIsAnalysedWithTheRowsNotYetCommitted() {
        jdbc.execute("ANALYZE strategy_discussion");
        long held = jdbc.queryForObject("SELECT count(*) FROM strategy_discussion", Long.class);
        GrowingTables growth = bulk.watchGrowth(List.of("strategy_discussion"));
        int adding = (int) Math.max(300, 3 * held + 1);
        bulk.batch(BulkRowsTests.DISCUSSION, rows(adding));

        growth.refresh();

        assertThat(reltuples()).isGreaterThanOrEqualTo(held + adding - 1);
    }

    @Test
    void aTableThatHasNotOutgrownItsStatisticsIsLeftAlone() {
        bulk.batch(BulkRowsTests.DISCUSSION, rows(400));
        jdbc.execute("ANALYZE strategy_discussion");
        long analysed = reltuples();
        GrowingTables growth = bulk.watchGrowth(List.of("strategy_discussion"));
        bulk.batch(BulkRowsTests.DISCUSSION, rows(10));

        growth.refresh();

        assertThat(reltuples()).isEqualTo(analysed);
    }

    private long reltuples() {
        return jdbc.queryForObject("SELECT reltuples::bigint FROM pg_class WHERE oid = 'strategy_discussion'::regclass",
                Long.class);
    }

    private static List<Object[]> rows(int n) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(BulkRowsTests.row(LocalDate.of(1996, 1, 1).plusDays(i % 3000), "growth-" + i));
        }
        return rows;
    }
}

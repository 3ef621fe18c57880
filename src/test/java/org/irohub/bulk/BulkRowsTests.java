package org.irohub.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.irohub.support.IroHubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.annotation.Transactional;

import com.zaxxer.hikari.HikariDataSource;

@IroHubTest
@Transactional
class BulkRowsTests {

    private static final String DISCUSSION = """
            INSERT INTO strategy_discussion (held_on, section47_started, notified_on, recorded_by, recorded_at, version)
            VALUES (?, TRUE, ?, ?, ?, 0)
            """;

    @Autowired
    BulkRows bulk;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void returnsTheIdOfEachRowInTheOrderOfTheRows() {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            rows.add(row(LocalDate.of(1997, 1, 1).plusDays(i), "bulk-order-" + i));
        }

        List<Long> ids = bulk.insert(DISCUSSION, rows);

        assertThat(ids).hasSize(300).doesNotHaveDuplicates();
        for (int i = 0; i < 300; i += 37) {
            Map<String, Object> stored = jdbc.queryForMap(
                    "SELECT held_on, recorded_by, section47_started FROM strategy_discussion WHERE id = ?", ids.get(i));
            assertThat(stored.get("recorded_by")).isEqualTo("bulk-order-" + i);
            assertThat(stored.get("held_on").toString()).isEqualTo(LocalDate.of(1997, 1, 1).plusDays(i).toString());
            assertThat(stored.get("section47_started")).isEqualTo(true);
        }
    }

    @Test
    void anOrdinaryInsertAfterABulkOneGetsANewId() {
        List<Object[]> one = new ArrayList<>();
        one.add(row(LocalDate.of(1998, 2, 2), "bulk-then-one"));
        List<Long> ids = bulk.insert(DISCUSSION, one);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement(DISCUSSION, new String[] { "id" });
            ps.setObject(1, LocalDate.of(1998, 2, 3));
            ps.setObject(2, LocalDate.of(1998, 2, 3));
            ps.setString(3, "one-after-bulk");
            ps.setTimestamp(4, Timestamp.valueOf("1998-02-03 10:00:00"));
            return ps;
        }, key);

        assertThat(key.getKey().longValue()).isNotIn(ids);
    }

    @Test
    void nothingToInsertWritesNothing() {
        assertThat(bulk.insert(DISCUSSION, List.of())).isEmpty();
    }

    @Test
    void thePostgresDriverRewritesBatchesIntoMultiRowInsertsAndH2IsLeftAlone() {
        HikariDataSource pool = (HikariDataSource) dataSource;
        boolean postgres = pool.getJdbcUrl().startsWith("jdbc:postgresql:");
        assertThat(pool.getDataSourceProperties().getProperty("reWriteBatchedInserts"))
            .isEqualTo(postgres ? "true" : null);
    }

    private static Object[] row(LocalDate day, String by) {
        return new Object[] { day, day, by, Timestamp.valueOf(day.atTime(9, 0)) };
    }
}

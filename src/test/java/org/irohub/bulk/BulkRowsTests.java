package org.irohub.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.sql.Types;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.SqlParameterValue;

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

    static final String DISCUSSION = """
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

    @Test
    void textWithTabsNewlinesBackslashesAndQuotesAndTheMomentRecordedAreStoredExactly() {
        String awkward = "tab\there, line\nbreak, back\\slash \\N, quote ' and \r return, ü";
        Timestamp at = Timestamp.valueOf("1999-07-04 13:14:15.5");
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] { LocalDate.of(1999, 7, 4), LocalDate.of(1999, 7, 5), awkward, at });

        bulk.batch(DISCUSSION, rows);

        Map<String, Object> stored = jdbc.queryForMap(
                "SELECT held_on, notified_on, recorded_at, section47_started, version FROM strategy_discussion WHERE recorded_by = ?",
                awkward);
        assertThat(stored.get("held_on").toString()).isEqualTo("1999-07-04");
        assertThat(stored.get("notified_on").toString()).isEqualTo("1999-07-05");
        assertThat(jdbc.queryForObject("SELECT recorded_at FROM strategy_discussion WHERE recorded_by = ?", Timestamp.class,
                awkward)).isEqualTo(at);
        assertThat(stored.get("section47_started")).isEqualTo(true);
        assertThat(((Number) stored.get("version")).intValue()).isZero();
    }

    @Test
    void aTypedNullIsStoredAsNull() {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] { "BULKNULL01", new SqlParameterValue(Types.DATE, null),
                new SqlParameterValue(Types.DATE, LocalDate.of(2027, 1, 1)), new SqlParameterValue(Types.VARCHAR, null),
                OffsetDateTime.parse("2026-11-27T09:00:00Z"), OffsetDateTime.parse("2026-11-27T09:00:00Z") });

        List<Long> ids = bulk.insert("""
                INSERT INTO child (la_child_id, first_name, last_name, date_of_birth, expected_date_of_birth, sex, upn,
                                   restricted, created_at, updated_at, version)
                VALUES (?, 'Bulk', 'Null', ?, ?, 'UNKNOWN', ?, FALSE, ?, ?, 0)
                """, rows);

        Map<String, Object> stored = jdbc.queryForMap(
                "SELECT date_of_birth, expected_date_of_birth, upn, restricted FROM child WHERE id = ?", ids.get(0));
        assertThat(stored.get("date_of_birth")).isNull();
        assertThat(stored.get("upn")).isNull();
        assertThat(stored.get("expected_date_of_birth").toString()).isEqualTo("2027-01-01");
        assertThat(stored.get("restricted")).isEqualTo(false);
    }

    @Test
    void aMomentWithNanosecondsIsStoredToTheMicrosecondAsTheDriverWouldStoreIt() {
        OffsetDateTime at = OffsetDateTime.parse("2026-11-27T09:15:30.123456789+01:00");
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] { LocalDate.of(1999, 9, 1), LocalDate.of(1999, 9, 1), "bulk-nanos", at });

        bulk.batch(DISCUSSION, rows);
        jdbc.update(DISCUSSION, LocalDate.of(1999, 9, 1), LocalDate.of(1999, 9, 1), "plain-nanos", at);

        java.time.Instant copied = jdbc.queryForObject(
                "SELECT recorded_at FROM strategy_discussion WHERE recorded_by = 'bulk-nanos'", OffsetDateTime.class)
            .toInstant();
        java.time.Instant plain = jdbc.queryForObject(
                "SELECT recorded_at FROM strategy_discussion WHERE recorded_by = 'plain-nanos'", OffsetDateTime.class)
            .toInstant();
        assertThat(copied).isEqualTo(plain);
        assertThat(java.time.Duration.between(at.toInstant(), copied).abs()).isLessThan(java.time.Duration.ofNanos(1000));
    }

    @Test
    void aRowTheDatabaseRefusesFailsTheWholeBatch() {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] { 999_999_999L, 999_999_998L });

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> bulk.batch(
                "INSERT INTO discussed_child (strategy_discussion, child_id) VALUES (?, ?)", rows))
            .isInstanceOf(org.springframework.dao.DataAccessException.class);
    }

    static Object[] row(LocalDate day, String by) {
        return new Object[] { day, day, by, Timestamp.valueOf(day.atTime(9, 0)) };
    }
}

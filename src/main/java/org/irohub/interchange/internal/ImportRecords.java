package org.irohub.interchange.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.irohub.bulk.BulkRows;
import org.irohub.interchange.ImportFinding;
import org.irohub.interchange.ImportId;
import org.irohub.interchange.ImportStatus;
import org.irohub.interchange.ImportSummary;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The {@code census_import} table and its findings and child links. */
@Component
class ImportRecords {

    /** One import as stored. */
    record Row(ImportId id, ImportStatus status, String fileName, long fileSize, String message, LocalDate referenceDate,
            ImportSummary summary, ImportSummary created, int findings, String submittedBy, Instant submittedAt,
            Instant finishedAt) {
    }

    private static final String COLUMNS = """
            id, status, file_name, file_size, message, reference_date, children, plans, conferences, reviews,
            children_created, plans_created, conferences_created, reviews_created, findings, submitted_by,
            submitted_at, finished_at
            """;

    private final JdbcClient jdbc;
    private final BulkRows bulk;
    /** The import's own row is written apart from any caller's transaction, so the import can see it. */
    private final TransactionTemplate separately;

    ImportRecords(JdbcClient jdbc, BulkRows bulk, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    ImportId create(String fileName, long fileSize, String username, Instant now) {
        return separately.execute(status -> insert(fileName, fileSize, username, now));
    }

    private ImportId insert(String fileName, long fileSize, String username, Instant now) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO census_import (file_name, file_size, status, children, plans, conferences, reviews,
                    children_created, plans_created, conferences_created, reviews_created, findings, submitted_by, submitted_at)
                VALUES (:file, :size, 'RUNNING', 0, 0, 0, 0, 0, 0, 0, 0, 0, :by, :at)
                """)
            .param("file", fileName == null ? null : truncate(fileName, 255))
            .param("size", fileSize)
            .param("by", truncate(username, 120))
            .param("at", utc(now))
            .update(keys, "id");
        return new ImportId(keys.getKey().longValue());
    }

    void complete(ImportId id, CensusHeader header, ImportSummary summary, ImportSummary created, int findings,
            Instant now) {
        jdbc.sql("""
                UPDATE census_import SET status = 'COMPLETED', reference_date = :reference, lea = :lea,
                    children = :children, plans = :plans, conferences = :conferences, reviews = :reviews,
                    children_created = :cc, plans_created = :pc, conferences_created = :fc, reviews_created = :rc,
                    findings = :findings, finished_at = :now WHERE id = :id
                """)
            .param("reference", new SqlParameterValue(Types.DATE, header.referenceDate()))
            .param("lea", new SqlParameterValue(Types.VARCHAR, header.lea()))
            .param("children", summary.children()).param("plans", summary.plans())
            .param("conferences", summary.conferences()).param("reviews", summary.reviews())
            .param("cc", created.children()).param("pc", created.plans())
            .param("fc", created.conferences()).param("rc", created.reviews())
            .param("findings", findings).param("now", utc(now)).param("id", id.value())
            .update();
    }

    void fail(ImportId id, String message, Instant now) {
        separately.executeWithoutResult(status -> jdbc.sql(
                "UPDATE census_import SET status = 'FAILED', message = :message, finished_at = :now WHERE id = :id")
            .param("message", truncate(message, 1000)).param("now", utc(now)).param("id", id.value())
            .update());
    }

    /** Imports left RUNNING by a stop of IRO Hub: their transaction never committed, so they wrote nothing. */
    int failAbandoned(Instant now) {
        return jdbc.sql("UPDATE census_import SET status = 'FAILED', finished_at = :now, message = :message "
                + "WHERE status = 'RUNNING'")
            .param("now", utc(now))
            .param("message", "IRO Hub stopped while this import was running; nothing from it was kept. Import the file again.")
            .update();
    }

    void addFindings(ImportId id, int firstSeq, List<ImportFinding> findings) {
        List<Object[]> rows = new ArrayList<>(findings.size());
        int seq = firstSeq;
        for (ImportFinding f : findings) {
            rows.add(new Object[] { id.value(), seq++, f.rule(), truncate(f.message(), 500),
                    new SqlParameterValue(Types.VARCHAR, f.laChildId() == null ? null : truncate(f.laChildId(), 100)) });
        }
        bulk.batch("INSERT INTO census_import_finding (import_id, seq, rule_code, message, la_child_id) "
                + "VALUES (?, ?, ?, ?, ?)", rows);
    }

    void linkChildren(ImportId id, Map<Long, Boolean> children) {
        List<Object[]> rows = new ArrayList<>(children.size());
        children.forEach((child, created) -> rows.add(new Object[] { id.value(), child, created }));
        bulk.batch("INSERT INTO census_import_child (import_id, child_id, created) VALUES (?, ?, ?)", rows);
    }

    Optional<Row> find(ImportId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM census_import WHERE id = :id").param("id", id.value())
            .query(ImportRecords::row).optional();
    }

    List<Row> recent(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM census_import ORDER BY submitted_at DESC, id DESC LIMIT :limit")
            .param("limit", limit)
            .query(ImportRecords::row).list();
    }

    /** In the order found; at most {@code limit}. */
    List<ImportFinding> findings(ImportId id, int limit) {
        return jdbc.sql("SELECT rule_code, message, la_child_id FROM census_import_finding WHERE import_id = :id "
                + "ORDER BY seq LIMIT :limit")
            .param("id", id.value())
            .param("limit", limit)
            .query((rs, n) -> new ImportFinding(rs.getString(1), rs.getString(2), rs.getString(3)))
            .list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
        return new Row(new ImportId(rs.getLong("id")), ImportStatus.valueOf(rs.getString("status")),
                rs.getString("file_name"), rs.getLong("file_size"), rs.getString("message"),
                rs.getObject("reference_date", LocalDate.class),
                new ImportSummary(rs.getInt("children"), rs.getInt("plans"), rs.getInt("conferences"), rs.getInt("reviews")),
                new ImportSummary(rs.getInt("children_created"), rs.getInt("plans_created"),
                        rs.getInt("conferences_created"), rs.getInt("reviews_created")),
                rs.getInt("findings"), rs.getString("submitted_by"),
                rs.getObject("submitted_at", OffsetDateTime.class).toInstant(),
                finished == null ? null : finished.toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String truncate(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }
}

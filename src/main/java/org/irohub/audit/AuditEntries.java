package org.irohub.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit log: filtered pages for the viewer, and every entry in order for verification. */
@Repository
public class AuditEntries {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final int BATCH = 5_000;

    private final JdbcClient jdbc;

    AuditEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public AuditPage find(AuditFilter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        var params = new java.util.HashMap<String, Object>();
        if (filter.actor() != null) {
            where.append(" AND LOWER(actor) = LOWER(:actor)");
            params.put("actor", filter.actor());
        }
        if (filter.action() != null) {
            where.append(" AND action = :action");
            params.put("action", filter.action());
        }
        if (filter.recordType() != null) {
            where.append(" AND record_type = :recordType");
            params.put("recordType", filter.recordType());
        }
        if (filter.recordId() != null) {
            where.append(" AND record_id = :recordId");
            params.put("recordId", filter.recordId());
        }
        if (filter.channel() != null) {
            where.append(" AND channel = :channel");
            params.put("channel", filter.channel().name());
        }
        if (filter.outcome() != null) {
            where.append(" AND outcome = :outcome");
            params.put("outcome", filter.outcome().name());
        }
        if (filter.from() != null) {
            where.append(" AND occurred_at >= :from");
            params.put("from", startOf(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" AND occurred_at < :to");
            params.put("to", startOf(filter.to().plusDays(1)));
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_entry" + where).params(params).query(Long.class).single();
        List<AuditEntry> rows = jdbc.sql("SELECT * FROM audit_entry" + where + " ORDER BY id DESC LIMIT :size OFFSET :offset")
            .params(params)
            .param("size", size)
            .param("offset", (long) page * size)
            .query(AuditEntries::map)
            .list();
        return new AuditPage(rows, page, size, total);
    }

    /** Every entry in id order, read in batches so a long log never sits in memory at once. */
    void streamInOrder(Consumer<AuditEntry> consumer) {
        long after = 0;
        while (true) {
            List<AuditEntry> batch = new ArrayList<>(jdbc.sql("SELECT * FROM audit_entry WHERE id > :after ORDER BY id LIMIT :n")
                .param("after", after)
                .param("n", BATCH)
                .query(AuditEntries::map)
                .list());
            batch.forEach(consumer);
            if (batch.size() < BATCH) {
                return;
            }
            after = batch.get(batch.size() - 1).id();
        }
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(UK).toOffsetDateTime();
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.getString("record_type"), rs.getString("record_id"),
                AuditChannel.valueOf(rs.getString("channel")), AuditOutcome.valueOf(rs.getString("outcome")),
                rs.getString("detail"), rs.getString("previous_hash"), rs.getString("hash"));
    }
}

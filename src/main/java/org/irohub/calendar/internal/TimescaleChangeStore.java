package org.irohub.calendar.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.irohub.calendar.TimescaleChange;
import org.irohub.calendar.TimescaleId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The {@code timescale_change} table: append-only, so every value a deadline was ever computed with is kept. */
@Repository
public class TimescaleChangeStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    TimescaleChangeStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Oldest first, so a later change for the same effective date comes after the one it replaces. */
    public List<TimescaleChange> all() {
        return jdbc.sql("SELECT timescale, amount, effective_from FROM timescale_change ORDER BY id")
            .query(Row.class)
            .list()
            .stream()
            // A timescale dropped by a later version of IRO Hub leaves rows that no longer apply.
            .flatMap(row -> TimescaleId.ofKey(row.timescale())
                .map(id -> new TimescaleChange(id, row.amount(), row.effectiveFrom()))
                .stream())
            .toList();
    }

    private record Row(String timescale, int amount, LocalDate effectiveFrom) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void add(TimescaleChange change, String changedBy) {
        jdbc.sql("""
                INSERT INTO timescale_change (timescale, amount, effective_from, changed_by, changed_at)
                VALUES (:timescale, :amount, :effectiveFrom, :changedBy, :changedAt)
                """)
            .param("timescale", change.id().key())
            .param("amount", change.amount())
            .param("effectiveFrom", change.effectiveFrom())
            .param("changedBy", changedBy)
            .param("changedAt", OffsetDateTime.now(clock))
            .update();
    }
}

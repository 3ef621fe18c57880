package org.irohub.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to the audit log. Locking the chain head row for the rest of the caller's transaction serialises
 * appends, so every entry links to the one committed before it; if the caller's transaction rolls back, its
 * entries go with it.
 */
@Service
class JdbcAuditLog implements AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate separately;

    JdbcAuditLog(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    @Transactional
    public void record(AuditEvent event) {
        append(AuditContext.currentActor(), event);
    }

    @Override
    @Transactional
    public void recordAs(String actor, AuditEvent event) {
        append(actor == null || actor.isBlank() ? "anonymous" : truncate(actor, 120), event);
    }

    @Override
    @Transactional
    public void recordRefusal(AuditEvent event) {
        String actor = AuditContext.currentActor();
        AuditChannel channel = AuditContext.currentChannel();
        append(actor, channel, event);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        separately.executeWithoutResult(tx -> append(actor, channel, event));
                    }
                }
            });
        }
    }

    private void append(String actor, AuditEvent event) {
        append(actor, AuditContext.currentChannel(), event);
    }

    private void append(String actor, AuditChannel channel, AuditEvent event) {
        String previousHash = jdbc.sql("SELECT last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
            .query(String.class)
            .single();
        // Microseconds: the precision both databases store, so the hash recomputes from what was read back.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String hash = AuditHash.of(previousHash, now, actor, event.action(), event.recordType(), event.recordId(),
                channel, event.outcome(), event.detail());
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO audit_entry (occurred_at, actor, action, record_type, record_id, channel, outcome, detail,
                                         previous_hash, hash)
                VALUES (:at, :actor, :action, :recordType, :recordId, :channel, :outcome, :detail, :previousHash, :hash)
                """)
            .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
            .param("actor", actor)
            .param("action", event.action())
            .param("recordType", event.recordType())
            .param("recordId", event.recordId())
            .param("channel", channel.name())
            .param("outcome", event.outcome().name())
            .param("detail", event.detail())
            .param("previousHash", previousHash)
            .param("hash", hash)
            .update(key, "id");
        long id = key.getKey().longValue();
        jdbc.sql("UPDATE audit_chain_head SET last_entry_id = :id, last_hash = :hash, entries = entries + 1 WHERE id = 1")
            .param("id", id)
            .param("hash", hash)
            .update();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}

package org.irohub.audit;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-computes the hash chain from the first entry to the last. A changed entry breaks its own hash, a removed
 * entry breaks the link of the next one, and entries cut off the end no longer match the chain head.
 */
@Service
public class AuditChainVerifier {

    private final JdbcClient jdbc;
    private final AuditEntries entries;

    AuditChainVerifier(JdbcClient jdbc, AuditEntries entries) {
        this.jdbc = jdbc;
        this.entries = entries;
    }

    @Transactional(readOnly = true)
    public ChainVerification verify() {
        AtomicReference<String> expectedPrevious = new AtomicReference<>(AuditHash.GENESIS);
        AtomicLong count = new AtomicLong();
        AtomicReference<Long> firstBroken = new AtomicReference<>();
        entries.streamInOrder(entry -> {
            count.incrementAndGet();
            if (firstBroken.get() == null && (!entry.previousHash().equals(expectedPrevious.get())
                    || !AuditHash.of(entry).equals(entry.hash()))) {
                firstBroken.set(entry.id());
            }
            expectedPrevious.set(entry.hash());
        });
        if (firstBroken.get() == null) {
            ChainHead head = jdbc.sql("SELECT last_entry_id, last_hash, entries FROM audit_chain_head WHERE id = 1")
                .query((rs, n) -> new ChainHead((Long) rs.getObject("last_entry_id"), rs.getString("last_hash"),
                        rs.getLong("entries")))
                .single();
            if (!head.lastHash().equals(expectedPrevious.get()) || head.entries() != count.get()) {
                // The newest entries were removed: point at the newest one the head still remembers.
                firstBroken.set(head.lastEntryId());
            }
        }
        return new ChainVerification(firstBroken.get() == null, count.get(), firstBroken.get());
    }

    private record ChainHead(Long lastEntryId, String lastHash, long entries) {
    }
}

package org.irohub.audit;

import java.time.Instant;

/** One stored entry of the audit log, as read back for the viewer and for verification. */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String recordType,
        String recordId, AuditChannel channel, AuditOutcome outcome, String detail, String previousHash,
        String hash) {
}

package org.irohub.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The chain rule: an entry's hash is SHA-256 over the previous entry's hash and its own fields. Each field is
 * written with its length first, so no two different entries can produce the same input by shifting text
 * from one field to the next.
 */
final class AuditHash {

    static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    static String of(String previousHash, Instant occurredAt, String actor, String action, String recordType,
            String recordId, AuditChannel channel, AuditOutcome outcome, String detail) {
        StringBuilder input = new StringBuilder(256);
        for (String field : new String[] { previousHash, occurredAt.toString(), actor, action, recordType, recordId,
                channel.name(), outcome.name(), detail }) {
            if (field == null) {
                input.append("-1:");
            }
            else {
                input.append(field.length()).append(':').append(field);
            }
        }
        return HexFormat.of().formatHex(sha256().digest(input.toString().getBytes(StandardCharsets.UTF_8)));
    }

    static String of(AuditEntry e) {
        return of(e.previousHash(), e.occurredAt(), e.actor(), e.action(), e.recordType(), e.recordId(), e.channel(),
                e.outcome(), e.detail());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}

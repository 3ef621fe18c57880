package org.irohub.audit;

import java.util.Objects;

/**
 * What happened: an action (verb in capitals, for example {@code CHILD_VIEWED}), the record it concerns and
 * the outcome. The detail must not carry personal data beyond identifiers; the record it points to holds that.
 */
public record AuditEvent(String action, String recordType, String recordId, AuditOutcome outcome, String detail) {

    public AuditEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        if (detail != null && detail.length() > 1000) {
            detail = detail.substring(0, 1000);
        }
    }

    public static AuditEvent success(String action, String recordType, Object recordId) {
        return new AuditEvent(action, recordType, recordId == null ? null : recordId.toString(), AuditOutcome.SUCCESS, null);
    }

    public static AuditEvent failure(String action, String recordType, Object recordId, String detail) {
        return new AuditEvent(action, recordType, recordId == null ? null : recordId.toString(), AuditOutcome.FAILURE, detail);
    }

    public AuditEvent withDetail(String newDetail) {
        return new AuditEvent(action, recordType, recordId, outcome, newDetail);
    }
}

package org.irohub.audit;

/** Whether the audited action succeeded, failed (bad input, wrong password) or was denied (no permission). */
public enum AuditOutcome {
    SUCCESS, FAILURE, DENIED
}

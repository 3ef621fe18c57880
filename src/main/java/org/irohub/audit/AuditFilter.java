package org.irohub.audit;

import java.time.LocalDate;

/** What an auditor filters the log by; a null field does not filter. Dates are days in UK time, inclusive. */
public record AuditFilter(String actor, String action, String recordType, String recordId, AuditChannel channel,
        AuditOutcome outcome, LocalDate from, LocalDate to) {

    public AuditFilter {
        actor = blankToNull(actor);
        action = blankToNull(action);
        recordType = blankToNull(recordType);
        recordId = blankToNull(recordId);
    }

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

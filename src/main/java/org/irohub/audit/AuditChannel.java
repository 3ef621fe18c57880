package org.irohub.audit;

/** How the action reached IRO Hub. */
public enum AuditChannel {
    /** A page in the browser. */
    PAGE,
    /** The JSON API under {@code /api}. */
    API,
    /** IRO Hub itself: start-up, scheduled jobs, imports running in the background. */
    SYSTEM
}

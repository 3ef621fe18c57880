package org.irohub.identity;

import java.util.List;

/**
 * The roles of IRO Hub and the access rules built from them. Controllers name these constants in
 * {@code @PreAuthorize}, never string literals, so a role can be found and changed in one place.
 */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String IRO_MANAGER = "IRO_MANAGER";
    public static final String CHAIR = "CHAIR";
    public static final String BUSINESS_SUPPORT = "BUSINESS_SUPPORT";
    /** Aggregate figures only: never a child's record. */
    public static final String PERFORMANCE_VIEWER = "PERFORMANCE_VIEWER";
    public static final String AUDITOR = "AUDITOR";

    public static final List<String> ALL = List.of(ADMIN, IRO_MANAGER, CHAIR, BUSINESS_SUPPORT, PERFORMANCE_VIEWER,
            AUDITOR);

    public static final String ANY_SIGNED_IN = "isAuthenticated()";
    public static final String IS_ADMIN = "hasRole('" + ADMIN + "')";
    public static final String IS_AUDITOR_OR_ADMIN = "hasAnyRole('" + AUDITOR + "','" + ADMIN + "')";
    public static final String IS_MANAGER_OR_ADMIN = "hasAnyRole('" + IRO_MANAGER + "','" + ADMIN + "')";
    public static final String CAN_SEE_FIGURES = "hasAnyRole('" + IRO_MANAGER + "','" + PERFORMANCE_VIEWER + "','"
            + ADMIN + "')";

    private Roles() {
    }

    public static String label(String role) {
        return switch (role) {
            case ADMIN -> "Administrator";
            case IRO_MANAGER -> "IRO manager";
            case CHAIR -> "Chair / IRO";
            case BUSINESS_SUPPORT -> "Business support";
            case PERFORMANCE_VIEWER -> "Performance viewer";
            case AUDITOR -> "Auditor";
            default -> role;
        };
    }

    public static String description(String role) {
        return switch (role) {
            case ADMIN -> "Manages users, bank holidays and timescales.";
            case IRO_MANAGER -> "Allocates conferences, watches the scorecard and escalations.";
            case CHAIR -> "Chairs conferences and raises escalations.";
            case BUSINESS_SUPPORT -> "Books conferences and handles minutes.";
            case PERFORMANCE_VIEWER -> "Sees aggregate figures only, never a child's record.";
            case AUDITOR -> "Reads and verifies the audit log.";
            default -> "";
        };
    }
}

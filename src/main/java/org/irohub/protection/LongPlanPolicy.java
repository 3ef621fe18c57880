package org.irohub.protection;

import java.time.LocalDate;

/**
 * Seed 7.1: at a review of a plan that has lasted 12 months or more the chair asks, on the child's behalf,
 * why the plan continues, and whether drift is the reason (if so, a QPR is raised).
 */
public final class LongPlanPolicy {

    public static final int MONTHS = 12;

    private LongPlanPolicy() {
    }

    public static boolean needsContinuationReason(LocalDate planStart, LocalDate reviewHeld) {
        return !planStart.plusMonths(MONTHS).isAfter(reviewHeld);
    }
}

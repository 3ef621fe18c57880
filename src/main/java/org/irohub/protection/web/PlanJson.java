package org.irohub.protection.web;

import java.time.LocalDate;

import org.irohub.protection.ChildProtectionPlan;

/** A plan as the API shows it. */
record PlanJson(long id, long childId, LocalDate startDate, String initialCategory, String latestCategory,
        LocalDate endDate, String endReason) {

    static PlanJson of(ChildProtectionPlan p) {
        return new PlanJson(p.getId(), p.getChildId(), p.getStartDate(), p.getInitialCategory().name(),
                p.getLatestCategory().name(), p.getEndDate(), p.getEndReason() == null ? null : p.getEndReason().name());
    }
}

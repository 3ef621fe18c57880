package org.irohub.scorecard;

import java.time.LocalDate;

/**
 * One line behind a count: a child's plan, or a child at a conference. Dates that do not apply are null: a plan
 * has start and end, a conference held and due (for an ICPC, due is the 15th working day after the s47 start).
 */
public record DrilldownRow(long childId, String laChildId, Long planId, Long conferenceId, LocalDate startDate,
        LocalDate endDate, LocalDate heldOn, LocalDate dueOn, String category) {

    DrilldownRow withLaChildId(String id) {
        return new DrilldownRow(childId, id, planId, conferenceId, startDate, endDate, heldOn, dueOn, category);
    }

    /** The category's name (Neglect, Emotional abuse...), or null when there is none. */
    public String categoryLabel() {
        return category == null ? null
                : org.irohub.protection.Category.ofCode(category).map(org.irohub.protection.Category::label).orElse(category);
    }
}

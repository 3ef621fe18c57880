package org.irohub.protection;

import java.time.LocalDate;

/** The plan's category from a date: the first is the initial category, the newest is the latest. */
record PlanCategoryChange(LocalDate changedOn, Category category, Long conferenceId) {
}

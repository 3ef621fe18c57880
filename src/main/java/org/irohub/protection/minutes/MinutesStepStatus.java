package org.irohub.protection.minutes;

import java.time.LocalDate;

/**
 * One step of a conference's minutes as the page and the API show it.
 *
 * @param due null while the step has no due date yet
 * @param workingDaysOverdue 0 unless overdue
 */
public record MinutesStepStatus(MinutesStep step, LocalDate due, LocalDate doneOn, String doneBy, boolean overdue,
        int workingDaysOverdue) {
}

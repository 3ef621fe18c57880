package org.irohub.protection.minutes;

import java.time.LocalDate;
import java.util.List;

/**
 * A step of some conference's minutes waiting to be done, for business support's list.
 *
 * @param workingDaysOverdue working days since the due date when overdue, otherwise 0
 * @param workingDaysLeft working days until the due date when not overdue, otherwise 0
 */
public record MinutesDue(long conferenceId, String conferenceType, LocalDate heldOn, List<String> children,
        MinutesStep step, LocalDate due, boolean overdue, int workingDaysOverdue, int workingDaysLeft) {
}

package org.irohub.protection.web;

import org.irohub.protection.minutes.MinutesDue;

/** One line of business support's minutes list, in words. */
record MinutesRow(long conferenceId, String conference, String children, String step, String due, boolean overdue,
        String status) {

    static MinutesRow of(MinutesDue d) {
        String status;
        if (d.overdue()) {
            status = "Overdue by " + d.workingDaysOverdue() + (d.workingDaysOverdue() == 1 ? " working day" : " working days");
        }
        else if (d.due() == null) {
            status = "No due date";
        }
        else if (d.workingDaysLeft() == 0) {
            status = "Due today";
        }
        else {
            status = d.workingDaysLeft() + (d.workingDaysLeft() == 1 ? " working day left" : " working days left");
        }
        return new MinutesRow(d.conferenceId(), d.conferenceType() + " held " + Dates.format(d.heldOn()),
                String.join(", ", d.children()), d.step().label(), Dates.format(d.due()), d.overdue(), status);
    }
}

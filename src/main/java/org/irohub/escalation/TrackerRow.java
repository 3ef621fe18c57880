package org.irohub.escalation;

import java.time.LocalDate;

/**
 * One open escalation on the weekly tracker. {@code laChildId} and {@code childName} are null when the child's
 * record is restricted and the reader is not one of the people it is restricted to.
 */
public record TrackerRow(EscalationId id, String laChildId, String childName, EscalationKind kind,
        LocalDate raisedOn, String raisedBy, String agency, String theme, Stage stage, String withWhom,
        LocalDate dueDate, long daysOverdue, String lastResponse, LocalDate lastResponseOn, boolean newThisWeek) {

    public boolean childHidden() {
        return childName == null;
    }

    public boolean overdue() {
        return daysOverdue > 0;
    }
}

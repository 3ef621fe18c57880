package org.irohub.escalation;

import java.time.LocalDate;
import java.util.List;

/**
 * One open escalation on the weekly tracker: one row even when it is about a sibling group, whose children are
 * listed lead child first. A child whose record is restricted, to a reader it is not restricted to, has no name
 * or LA id ({@link NamedChild#hidden()}).
 */
public record TrackerRow(EscalationId id, List<NamedChild> children, EscalationKind kind, LocalDate raisedOn,
        String raisedBy, String agency, String theme, Stage stage, String withWhom, LocalDate dueDate,
        long daysOverdue, String lastResponse, LocalDate lastResponseOn, boolean newThisWeek) {

    public TrackerRow {
        children = List.copyOf(children);
    }

    public long hiddenChildren() {
        return children.stream().filter(NamedChild::hidden).count();
    }

    public boolean allChildrenHidden() {
        return hiddenChildren() == children.size();
    }

    public boolean overdue() {
        return daysOverdue > 0;
    }
}

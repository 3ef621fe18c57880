package org.irohub.scheduling.internal;

import java.util.List;

import org.irohub.protection.ConferenceType;

/** A booked conference on business support's list: when, where, who chairs and who takes the minutes. */
public record UpcomingRow(Booking booking, ConferenceType type, List<ChildLine> children, boolean visible,
        String chairName, String roomLabel, boolean virtualRoom, String minuteTaker) {

    public UpcomingRow {
        children = List.copyOf(children);
    }

    public String childNames() {
        if (!visible) {
            return "Restricted record";
        }
        return String.join(", ", children.stream().map(ChildLine::name).toList());
    }
}

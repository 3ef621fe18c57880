package org.irohub.scheduling.internal;

import java.time.LocalDate;
import java.util.List;

import org.irohub.protection.ConferenceStatus;
import org.irohub.protection.ConferenceType;

/**
 * A conference waiting to be booked, as the allocation page and the booking list show it.
 *
 * @param visible the user may see every child on it; otherwise names, people and suggestions are left out
 * @param workingDaysLeft working days from today to the due date; negative when overdue
 * @param allocatedChair the chair allocated before booking (by the manager, or for a review the chair of the
 *        conference before), or null (unallocated)
 * @param suggestions ranked, best first; empty on the booking list or when not visible
 */
public record RequestRow(long conferenceId, ConferenceType type, ConferenceStatus status, List<ChildLine> children,
        boolean visible, LocalDate dueDate, int workingDaysLeft, String dueText, boolean overdue,
        String allocatedChair, Long allocatedChairId, Slot proposedSlot, List<ChairSuggestion> suggestions) {

    public RequestRow {
        children = List.copyOf(children);
        suggestions = List.copyOf(suggestions);
    }

    public boolean allocated() {
        return allocatedChair != null;
    }

    public String childNames() {
        if (!visible) {
            return "Restricted record";
        }
        return String.join(", ", children.stream().map(ChildLine::name).toList());
    }
}

package org.irohub.scheduling.internal;

import java.util.List;
import java.util.Map;

import org.irohub.protection.Conference;
import org.irohub.staff.RoomSummary;

/**
 * Everything the booking page shows: the conference and its children, the request with the case's people, the
 * booking (when there is one) with its history, the proposed slot and the ranked suggestions for it.
 *
 * @param booking null until booked
 * @param chairNames every chair's name by id, for the history
 * @param roomLabels every room's label by id, for the history
 * @param allocatedChairId allocated by the manager, or for a review the chair of the conference before
 */
public record BookingView(Conference conference, List<ChildLine> children, String dueText, boolean overdue,
        BookingRequest request, Booking booking, Slot proposedSlot, List<ChairSuggestion> suggestions,
        List<RoomSummary> rooms, Map<Long, String> chairNames, Map<Long, String> roomLabels,
        String minuteTaker, String allocatedChair, Long allocatedChairId) {

    public boolean booked() {
        return booking != null && booking.isBooked();
    }

    public String chairName(long id) {
        return chairNames.getOrDefault(id, "Chair " + id);
    }

    public String roomLabel(long id) {
        return roomLabels.getOrDefault(id, "Room " + id);
    }
}

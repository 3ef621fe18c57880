package org.irohub.staff;

/**
 * A bookable room, with what a family needs to know about it.
 *
 * @param capacity seats, or {@code null} for a video call
 * @param accessible step-free room in an accessible building (for a video call, as recorded for its room)
 * @param childAndFamilyFriendly the room, or its whole venue (a family centre), suits children and families
 * @param virtual a video call rather than a place
 */
public record RoomSummary(RoomId id, String venueName, String roomName, Integer capacity, boolean accessible,
        boolean hearingLoop, boolean childAndFamilyFriendly, boolean virtual) {

    /** "Civic Centre, Room 2", for lists and letters. */
    public String label() {
        return venueName + ", " + roomName;
    }
}

package org.irohub.staff;

import java.util.List;
import java.util.Optional;

/** Reads rooms for other modules (scheduling books conferences into them). */
public interface VenueDirectory {

    /** Rooms in use at venues in use, by venue then room name. */
    List<RoomSummary> activeRooms();

    /** Any room, including one no longer in use (a past conference still names its room). */
    Optional<RoomSummary> room(RoomId id);
}

package org.irohub.staff.internal;

import java.util.List;

/** A venue and its rooms, for the venue list and the venue API. */
public record VenueWithRooms(Venue venue, List<Room> rooms) {
}

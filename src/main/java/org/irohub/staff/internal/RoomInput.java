package org.irohub.staff.internal;

/** A room as typed on the venue page, before {@link RoomDetails#parse} checks it against the venue's kind. */
public record RoomInput(String name, String capacity, boolean stepFree, boolean hearingLoop,
        boolean childAndFamilyFriendly) {

    RoomDetails parse(VenueKind kind) {
        return RoomDetails.parse(kind, name, capacity, stepFree, hearingLoop, childAndFamilyFriendly);
    }
}

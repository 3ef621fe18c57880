package org.irohub.staff.web;

import java.util.List;

import org.irohub.staff.internal.Room;
import org.irohub.staff.internal.VenueWithRooms;

/** A venue and its rooms in the JSON API. */
record VenueResource(long id, String name, String kind, String address, boolean accessible,
        boolean childAndFamilyFriendly, String notes, boolean active, List<RoomResource> rooms) {

    record RoomResource(long id, String name, Integer capacity, boolean stepFree, boolean hearingLoop,
            boolean childAndFamilyFriendly, boolean active) {

        static RoomResource of(Room r) {
            return new RoomResource(r.getId(), r.getName(), r.getCapacity(), r.isStepFree(), r.isHearingLoop(),
                    r.isChildAndFamilyFriendly(), r.isActive());
        }
    }

    static VenueResource of(VenueWithRooms vr) {
        var v = vr.venue();
        return new VenueResource(v.getId(), v.getName(), v.getKind().name(), v.getAddress(), v.isAccessible(),
                v.isChildAndFamilyFriendly(), v.getNotes(), v.isActive(),
                vr.rooms().stream().map(RoomResource::of).toList());
    }
}

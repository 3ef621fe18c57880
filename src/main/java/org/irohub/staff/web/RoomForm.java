package org.irohub.staff.web;

import org.irohub.staff.internal.Room;
import org.irohub.staff.internal.RoomInput;

/** A room's fields as typed; the field is {@code roomName} so it can sit on the venue page beside the venue's name. */
record RoomForm(String roomName, String capacity, Boolean stepFree, Boolean hearingLoop,
        Boolean childAndFamilyFriendly, Boolean active, Integer version) {

    static RoomForm empty() {
        return new RoomForm("", "", false, false, false, true, null);
    }

    static RoomForm of(Room room) {
        return new RoomForm(room.getName(), room.getCapacity() == null ? "" : room.getCapacity().toString(),
                room.isStepFree(), room.isHearingLoop(), room.isChildAndFamilyFriendly(), room.isActive(),
                room.getVersion());
    }

    RoomInput input() {
        return new RoomInput(roomName, capacity, Boolean.TRUE.equals(stepFree), Boolean.TRUE.equals(hearingLoop),
                Boolean.TRUE.equals(childAndFamilyFriendly));
    }

    // public: the page templates call it
    public boolean inUse() {
        return !Boolean.FALSE.equals(active);
    }
}

package org.irohub.staff.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a manager enters about a room, checked. A room in a building seats 1 to 100; a video-call room has no
 * capacity, so whatever was typed there is ignored.
 */
public record RoomDetails(String name, Integer capacity, boolean stepFree, boolean hearingLoop,
        boolean childAndFamilyFriendly) {

    /** @throws StaffValidationException naming each field at fault */
    public static RoomDetails parse(VenueKind kind, String name, String capacity, boolean stepFree,
            boolean hearingLoop, boolean childAndFamilyFriendly) {
        Map<String, String> errors = new LinkedHashMap<>();
        String cleanName = Fields.required(name, "roomName", "Enter the room's name", 120, errors);
        Integer seats = kind == VenueKind.VIRTUAL ? null
                : Fields.wholeNumber(capacity, "capacity", 1, 100,
                        "Enter how many people the room seats, as a whole number from 1 to 100", errors);
        if (!errors.isEmpty()) {
            throw new StaffValidationException(errors);
        }
        return new RoomDetails(cleanName, seats, stepFree, hearingLoop, childAndFamilyFriendly);
    }
}

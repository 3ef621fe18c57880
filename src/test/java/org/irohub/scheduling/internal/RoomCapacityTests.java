package org.irohub.scheduling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;

import org.irohub.staff.RoomId;
import org.irohub.staff.RoomSummary;
import org.junit.jupiter.api.Test;

/** A room must seat everyone invited, when the number invited is known; a video call has no limit. */
class RoomCapacityTests {

    private static RoomSummary room(Integer seats, boolean virtual) {
        return new RoomSummary(new RoomId(1), "Civic Centre", "Room 2", seats, true, false, false, virtual);
    }

    @Test
    void aRoomWithFewerSeatsThanInviteesIsTooSmall() {
        assertThat(BookingChecks.tooSmall(room(6, false), OptionalInt.of(8)))
            .contains("Civic Centre, Room 2 seats 6 but 8 people are invited: choose a larger room or a video call");
    }

    @Test
    void aRoomWithEnoughSeatsAVideoCallOrAnUnknownNumberIsFine() {
        assertThat(BookingChecks.tooSmall(room(8, false), OptionalInt.of(8))).isEmpty();
        assertThat(BookingChecks.tooSmall(room(null, true), OptionalInt.of(30))).isEmpty();
        assertThat(BookingChecks.tooSmall(room(2, false), OptionalInt.empty())).isEmpty();
    }
}

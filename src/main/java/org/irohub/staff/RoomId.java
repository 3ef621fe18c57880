package org.irohub.staff;

/** Identifies a room (or a video-call link of a virtual venue) a conference can be booked into. */
public record RoomId(long value) {

    public RoomId {
        if (value <= 0) {
            throw new IllegalArgumentException("A room id is a positive number");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

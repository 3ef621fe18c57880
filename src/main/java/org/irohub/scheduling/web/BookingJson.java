package org.irohub.scheduling.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.irohub.scheduling.internal.Booking;
import org.irohub.scheduling.internal.BookingChange;

/** A booking as the API answers it; times as {@code 10:00}. */
record BookingJson(long id, long conferenceId, LocalDate date, String start, String end, long roomId, String room,
        long chairId, String chair, String minuteTaker, String status, int version, String bookedBy,
        Instant bookedAt, List<ChangeJson> history) {

    record ChangeJson(String kind, LocalDate previousDate, String previousStart, String previousEnd,
            long previousRoomId, long previousChairId, String previousMinuteTaker, String reason, String changedBy,
            Instant changedAt) {

        static ChangeJson of(BookingChange c) {
            return new ChangeJson(c.kind().name(), c.previousDate(), c.previousStart().toString(),
                    c.previousEnd().toString(), c.previousRoomId(), c.previousChairId(), c.previousMinuteTaker(),
                    c.reason(), c.changedBy(), c.changedAt());
        }
    }

    static BookingJson of(Booking b, String room, String chair) {
        return new BookingJson(b.getId(), b.getConferenceId(), b.getDate(), b.getStart().toString(),
                b.getEnd().toString(), b.getRoomId(), room, b.getChairId(), chair, b.getMinuteTaker(),
                b.getStatus().name(), b.getVersion(), b.getBookedBy(), b.getBookedAt(),
                b.getChanges().stream().map(ChangeJson::of).toList());
    }
}

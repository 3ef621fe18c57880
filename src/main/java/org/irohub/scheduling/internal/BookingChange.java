package org.irohub.scheduling.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One rebooking or cancellation of a booking: what it was before, who changed it, when and why. A row of
 * {@code booking_change}.
 */
public record BookingChange(Kind kind, LocalDate previousDate, LocalTime previousStart, LocalTime previousEnd,
        long previousRoomId, long previousChairId, String previousMinuteTaker, String reason, String changedBy,
        Instant changedAt) {

    public enum Kind {
        REBOOKED, CANCELLED
    }

    public Slot previousSlot() {
        return new Slot(previousDate, previousStart, previousEnd);
    }
}

package org.irohub.scheduling;

/** A booked conference has been cancelled, with the reason given; published in the cancellation's transaction. */
public record BookingCancelled(BookingSummary booking, String reason) {
}

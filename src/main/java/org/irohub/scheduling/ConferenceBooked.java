package org.irohub.scheduling;

/** A conference has been booked; published in the booking's transaction. */
public record ConferenceBooked(BookingSummary booking) {
}

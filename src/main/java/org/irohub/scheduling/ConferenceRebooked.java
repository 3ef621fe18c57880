package org.irohub.scheduling;

/** A booked conference has moved (date, time, room or chair); published in the rebooking's transaction. */
public record ConferenceRebooked(BookingSummary previous, BookingSummary booking, String reason) {
}

package org.irohub.scheduling;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What other modules may ask about bookings (participation invites to them, minutes count from them). */
public interface ConferenceBookings {

    /** The conference's booking, cancelled or not; empty when it has not been booked. */
    Optional<BookingSummary> find(long conferenceId);

    /** Bookings not cancelled from {@code from} to {@code to} inclusive, by date and start time. */
    List<BookingSummary> booked(LocalDate from, LocalDate to);
}

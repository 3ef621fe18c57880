package org.irohub.scheduling.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.irohub.scheduling.BookingSummary;
import org.irohub.scheduling.ConferenceBookings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link ConferenceBookings} over the booking store. */
@Service
class ConferenceBookingsService implements ConferenceBookings {

    private final Bookings bookings;

    ConferenceBookingsService(Bookings bookings) {
        this.bookings = bookings;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<BookingSummary> find(long conferenceId) {
        return bookings.findByConferenceId(conferenceId).map(Booking::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public List<BookingSummary> booked(LocalDate from, LocalDate to) {
        return bookings.findBookedBetween(from, to).stream().map(Booking::summary).toList();
    }
}

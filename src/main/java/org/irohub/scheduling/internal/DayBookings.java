package org.irohub.scheduling.internal;

import java.time.LocalDate;
import java.util.List;

import org.irohub.protection.ConferenceQueries;
import org.irohub.protection.ConferenceStatus;
import org.springframework.stereotype.Component;

/** The bookings that hold a chair or room on a day: booked, and for a conference that was not closed since. */
@Component
class DayBookings {

    private final Bookings bookings;
    private final ConferenceQueries conferences;

    DayBookings(Bookings bookings, ConferenceQueries conferences) {
        this.bookings = bookings;
        this.conferences = conferences;
    }

    /** Other conferences' bookings that day (not {@code conferenceId}'s own, which a rebooking moves). */
    List<Booking> othersOn(LocalDate date, long conferenceId) {
        return bookings.findBookedOn(date).stream()
            .filter(b -> b.getConferenceId() != conferenceId)
            .filter(b -> stillHappening(b.getConferenceId()))
            .toList();
    }

    /** A booking whose conference was cancelled or found not required elsewhere no longer holds its slot. */
    private boolean stillHappening(long conferenceId) {
        return conferences.find(conferenceId)
            .map(c -> c.status() != ConferenceStatus.CANCELLED && c.status() != ConferenceStatus.NOT_REQUIRED)
            .orElse(false);
    }
}

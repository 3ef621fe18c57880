package org.irohub.scheduling.internal;

import java.time.Clock;

import org.irohub.protection.ConferenceRequested;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Seed 5.3: business support books the ICPC at the point the strategy discussion starts a section 47 enquiry.
 * The request to book is made in the transaction that requests the conference, so it is on the allocation and
 * booking lists the moment the request is, and neither exists without the other.
 */
@Component
class BookingRequestListener {

    private final BookingRequests requests;
    private final Clock clock;

    BookingRequestListener(BookingRequests requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @EventListener
    void conferenceRequested(ConferenceRequested event) {
        if (!requests.existsById(event.conferenceId())) {
            requests.save(BookingRequest.of(event.conferenceId(), event.dueDate(), clock.instant()));
        }
    }
}

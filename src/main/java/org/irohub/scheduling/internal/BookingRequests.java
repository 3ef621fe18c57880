package org.irohub.scheduling.internal;

import org.springframework.data.repository.ListCrudRepository;

/** Requests to book, one per conference. */
interface BookingRequests extends ListCrudRepository<BookingRequest, Long> {
}

package org.irohub.scheduling.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one booking lock: each booking, rebooking and cancellation takes it (a row lock held until its
 * transaction ends) before checking for clashes, so two people booking the same chair or room at the same
 * moment are checked one after the other and the second is refused. Bookings are few, so one lock is enough.
 */
@Component
class BookingLock {

    private final JdbcClient jdbc;

    BookingLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void take() {
        jdbc.sql("SELECT id FROM booking_lock WHERE id = 1 FOR UPDATE").query(Integer.class).list();
    }
}

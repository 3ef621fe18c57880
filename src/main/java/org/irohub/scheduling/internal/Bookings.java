package org.irohub.scheduling.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Bookings, one per conference. */
interface Bookings extends ListCrudRepository<Booking, Long> {

    Optional<Booking> findByConferenceId(long conferenceId);

    @Query("SELECT * FROM booking WHERE status = 'BOOKED' AND conference_date = :date ORDER BY start_time, id")
    List<Booking> findBookedOn(LocalDate date);

    @Query("""
            SELECT * FROM booking WHERE status = 'BOOKED' AND conference_date BETWEEN :from AND :to
            ORDER BY conference_date, start_time, id
            """)
    List<Booking> findBookedBetween(LocalDate from, LocalDate to);

}

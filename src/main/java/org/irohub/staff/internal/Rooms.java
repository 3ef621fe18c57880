package org.irohub.staff.internal;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The store of rooms. */
interface Rooms extends ListCrudRepository<Room, Long> {

    @Query("SELECT * FROM room WHERE venue = :venue ORDER BY LOWER(name)")
    List<Room> findByVenue(long venue);

    @Query("SELECT * FROM room ORDER BY LOWER(name)")
    List<Room> findAllByName();
}

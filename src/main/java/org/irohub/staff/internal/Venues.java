package org.irohub.staff.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The store of venues. */
interface Venues extends ListCrudRepository<Venue, Long> {

    @Query("SELECT * FROM venue ORDER BY LOWER(name)")
    List<Venue> findAllByName();

    @Query("SELECT * FROM venue WHERE LOWER(name) = LOWER(:name)")
    Optional<Venue> findByName(String name);
}

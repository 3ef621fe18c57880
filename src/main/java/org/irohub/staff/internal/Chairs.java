package org.irohub.staff.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The store of chairs. */
interface Chairs extends ListCrudRepository<Chair, Long> {

    @Query("SELECT * FROM chair ORDER BY LOWER(name), id")
    List<Chair> findAllByName();

    @Query("SELECT * FROM chair WHERE active ORDER BY LOWER(name), id")
    List<Chair> findActiveByName();

    @Query("SELECT * FROM chair WHERE username = LOWER(:username)")
    Optional<Chair> findByUsername(String username);

    @Query("SELECT * FROM chair WHERE LOWER(name) = LOWER(:name)")
    List<Chair> findByName(String name);

    @Query("SELECT DISTINCT team FROM chair ORDER BY team")
    List<String> teamNames();
}

package org.irohub.protection;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Conferences and requests for them. */
interface Conferences extends ListCrudRepository<Conference, Long> {

    @Query("""
            SELECT c.* FROM conference c
            WHERE EXISTS (SELECT 1 FROM conference_child cc WHERE cc.conference = c.id AND cc.child_id = :childId)
            ORDER BY COALESCE(c.held_on, c.due_date), c.id
            """)
    List<Conference> findByChild(long childId);

    @Query("SELECT * FROM conference WHERE status IN ('REQUESTED', 'BOOKED') ORDER BY due_date, id")
    List<Conference> findOpen();
}

package org.irohub.protection.minutes;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The minutes of held conferences. */
interface MinutesRecords extends ListCrudRepository<Minutes, Long> {

    Optional<Minutes> findByConferenceId(long conferenceId);

    @Query("SELECT * FROM minutes WHERE complete = FALSE ORDER BY held_on, id")
    List<Minutes> findIncomplete();

    @Query("""
            SELECT m.* FROM minutes m JOIN conference c ON c.id = m.conference_id
            WHERE c.chair_id = :chairId AND m.complete = FALSE
              AND EXISTS (SELECT 1 FROM minutes_step_done s WHERE s.minutes = m.id AND s.step = 'RECEIVED')
              AND NOT EXISTS (SELECT 1 FROM minutes_step_done s WHERE s.minutes = m.id AND s.step = 'APPROVED')
            ORDER BY m.held_on, m.id
            """)
    List<Minutes> findAwaitingApprovalBy(long chairId);
}

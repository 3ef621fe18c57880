package org.irohub.protection;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only questions other modules ask about conferences (scheduling, allocation, scorecard). Not audited:
 * the answers carry ids, not a child's details, and the caller audits what it shows.
 */
@Service
public class ConferenceQueries {

    private final Conferences conferences;
    private final JdbcClient jdbc;

    ConferenceQueries(Conferences conferences, JdbcClient jdbc) {
        this.conferences = conferences;
        this.jdbc = jdbc;
    }

    /** Requested or booked conferences, soonest due first. */
    @Transactional(readOnly = true)
    public List<ConferenceSummary> open() {
        return conferences.findOpen().stream().map(ConferenceSummary::of).toList();
    }

    @Transactional(readOnly = true)
    public Optional<ConferenceSummary> find(long conferenceId) {
        return conferences.findById(conferenceId).map(ConferenceSummary::of);
    }

    /** Chairs who have chaired a held conference of any of these children, with the date they last did. */
    @Transactional(readOnly = true)
    public Map<Long, java.time.LocalDate> chairsWhoHaveChaired(Collection<Long> childIds) {
        Map<Long, java.time.LocalDate> chairs = new HashMap<>();
        if (childIds.isEmpty()) {
            return chairs;
        }
        jdbc.sql("""
                SELECT c.chair_id, MAX(c.held_on) AS last_held FROM conference c
                JOIN conference_child cc ON cc.conference = c.id
                WHERE cc.child_id IN (:children) AND c.status = 'HELD' AND c.chair_id IS NOT NULL
                GROUP BY c.chair_id
                """)
            .param("children", childIds)
            .query((rs, n) -> chairs.put(rs.getLong(1), rs.getObject(2, java.time.LocalDate.class)))
            .list();
        return chairs;
    }

    /**
     * Each chair's caseload: children with an open plan whose most recent conference (held or booked) that
     * chair chairs. The IRO Handbook measures caseload in children, per FTE.
     */
    @Transactional(readOnly = true)
    public Map<Long, Integer> caseloadByChair() {
        Map<Long, Integer> caseload = new HashMap<>();
        jdbc.sql("""
                SELECT latest.chair_id, COUNT(DISTINCT latest.child_id) FROM (
                    SELECT cc.child_id, c.chair_id,
                           ROW_NUMBER() OVER (PARTITION BY cc.child_id
                                              ORDER BY COALESCE(c.held_on, c.booked_for, c.due_date) DESC, c.id DESC) AS rn
                    FROM conference c JOIN conference_child cc ON cc.conference = c.id
                    WHERE c.chair_id IS NOT NULL AND c.status IN ('HELD', 'BOOKED')
                ) latest
                WHERE latest.rn = 1
                  AND EXISTS (SELECT 1 FROM child_protection_plan p WHERE p.child_id = latest.child_id AND p.end_date IS NULL)
                GROUP BY latest.chair_id
                """)
            .query((rs, n) -> caseload.put(rs.getLong(1), rs.getInt(2)))
            .list();
        return caseload;
    }
}

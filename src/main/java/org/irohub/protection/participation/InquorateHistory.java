package org.irohub.protection.participation;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Whether the conference of these children before this one was inquorate (rules.md: two in a row should not happen). */
@Component
class InquorateHistory {

    private final JdbcClient jdbc;

    InquorateHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The conference before is the latest earlier one of any of the children that met: held, or found not
     * quorate. Ids order conferences here because a reconvened conference is always requested after the one it
     * replaces.
     */
    boolean previousWasInquorate(long conferenceId, List<Long> childIds) {
        if (childIds.isEmpty()) {
            return false;
        }
        return jdbc.sql("""
                SELECT p.inquorate_proceed IS NOT NULL FROM conference c
                LEFT JOIN conference_participation p ON p.id = c.id
                WHERE c.id < :id
                  AND EXISTS (SELECT 1 FROM conference_child cc WHERE cc.conference = c.id AND cc.child_id IN (:children))
                  AND (c.status = 'HELD' OR p.inquorate_proceed IS NOT NULL)
                ORDER BY c.id DESC
                """)
            .param("id", conferenceId)
            .param("children", childIds)
            .query(Boolean.class)
            .list()
            .stream()
            .findFirst()
            .orElse(false);
    }
}

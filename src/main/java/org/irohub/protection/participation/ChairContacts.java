package org.irohub.protection.participation;

import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which children of a conference have had their contact with the chair before it recorded. */
@Service
public class ChairContacts {

    private final JdbcClient jdbc;

    ChairContacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Set<Long> childrenContacted(long conferenceId) {
        return new HashSet<>(jdbc.sql("""
                SELECT child_id FROM child_participation
                WHERE conference_participation = :conference AND chair_contact_on IS NOT NULL
                """)
            .param("conference", conferenceId)
            .query(Long.class)
            .list());
    }
}

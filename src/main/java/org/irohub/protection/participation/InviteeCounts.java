package org.irohub.protection.participation;

import java.util.OptionalInt;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many people are invited to a conference, for modules that plan around it (scheduling checks that a room
 * seats them all). A read of the count alone, so callers need neither the participation aggregate nor access
 * to the invitees' names; published as the {@code invitees} named interface of protection.
 */
@Service
@NamedInterface("invitees")
public class InviteeCounts {

    private final JdbcClient jdbc;

    InviteeCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The number invited, or empty while nobody is: a list not yet drawn up says nothing about the room. */
    @Transactional(readOnly = true)
    public OptionalInt invited(long conferenceId) {
        int count = jdbc.sql("SELECT COUNT(*) FROM conference_invitee WHERE conference_participation = :conference")
            .param("conference", conferenceId)
            .query(Integer.class)
            .single();
        return count == 0 ? OptionalInt.empty() : OptionalInt.of(count);
    }
}

package org.irohub.staff.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.irohub.staff.RoomId;
import org.irohub.staff.RoomSummary;
import org.irohub.staff.VenueDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link VenueDirectory} as one read query: a room is accessible when it is step-free in an accessible
 * building (or, for a video call, as recorded for the room), and child and family friendly when the room or
 * the whole venue is.
 */
@Service
class JdbcVenueDirectory implements VenueDirectory {

    private static final String SELECT = """
            SELECT r.id, v.name AS venue_name, r.name AS room_name, r.capacity, v.kind,
                   r.step_free, v.accessible, r.hearing_loop,
                   r.child_and_family_friendly AS room_friendly, v.child_and_family_friendly AS venue_friendly
            FROM room r JOIN venue v ON v.id = r.venue
            """;

    private final JdbcClient jdbc;

    JdbcVenueDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RoomSummary> activeRooms() {
        return jdbc.sql(SELECT + " WHERE r.active AND v.active ORDER BY LOWER(v.name), LOWER(r.name)")
            .query(JdbcVenueDirectory::summary)
            .list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RoomSummary> room(RoomId id) {
        return jdbc.sql(SELECT + " WHERE r.id = :id").param("id", id.value()).query(JdbcVenueDirectory::summary).optional();
    }

    private static RoomSummary summary(ResultSet rs, int row) throws SQLException {
        boolean virtual = VenueKind.VIRTUAL.name().equals(rs.getString("kind"));
        int capacity = rs.getInt("capacity");
        Integer seats = rs.wasNull() ? null : capacity;
        boolean accessible = virtual ? rs.getBoolean("step_free")
                : rs.getBoolean("step_free") && rs.getBoolean("accessible");
        return new RoomSummary(new RoomId(rs.getLong("id")), rs.getString("venue_name"), rs.getString("room_name"),
                seats, accessible, rs.getBoolean("hearing_loop"),
                rs.getBoolean("room_friendly") || rs.getBoolean("venue_friendly"), virtual);
    }
}

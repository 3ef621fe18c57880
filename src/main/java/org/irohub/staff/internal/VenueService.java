package org.irohub.staff.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.irohub.audit.AuditEvent;
import org.irohub.audit.AuditLog;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases of keeping venues and their rooms; each change audited in its transaction, stale edits refused. */
@Service
public class VenueService {

    private final Venues venues;
    private final Rooms rooms;
    private final AuditLog auditLog;

    VenueService(Venues venues, Rooms rooms, AuditLog auditLog) {
        this.venues = venues;
        this.rooms = rooms;
        this.auditLog = auditLog;
    }

    @Transactional(readOnly = true)
    public List<VenueWithRooms> all() {
        Map<Long, List<Room>> byVenue = rooms.findAllByName().stream().collect(Collectors.groupingBy(Room::getVenue));
        return venues.findAllByName().stream()
            .map(v -> new VenueWithRooms(v, byVenue.getOrDefault(v.getId(), List.of())))
            .toList();
    }

    @Transactional(readOnly = true)
    public VenueWithRooms get(long id) {
        Venue venue = venues.findById(id).orElseThrow(() -> new StaffNotFoundException("venue", id));
        return new VenueWithRooms(venue, rooms.findByVenue(id));
    }

    @Transactional
    public Venue create(VenueDetails details) {
        checkNameFree(details.name(), null);
        Venue saved = venues.save(Venue.create(details));
        auditLog.record(AuditEvent.success("VENUE_CREATED", "Venue", saved.getId()).withDetail("kind=" + saved.getKind()));
        return saved;
    }

    @Transactional
    public Venue update(long id, int expectedVersion, VenueDetails details) {
        Venue venue = currentVenue(id, expectedVersion);
        checkNameFree(details.name(), id);
        venue.change(details);
        Venue saved = save(venue);
        auditLog.record(AuditEvent.success("VENUE_UPDATED", "Venue", id));
        return saved;
    }

    /** Taken out of use, not deleted: past conferences name the venue. */
    @Transactional
    public Venue changeStatus(long id, int expectedVersion, boolean inUse) {
        Venue venue = currentVenue(id, expectedVersion);
        venue.changeStatus(inUse);
        Venue saved = save(venue);
        auditLog.record(AuditEvent.success(inUse ? "VENUE_REOPENED" : "VENUE_CLOSED", "Venue", id));
        return saved;
    }

    @Transactional
    public Room addRoom(long venueId, RoomInput input) {
        Venue venue = venues.findById(venueId).orElseThrow(() -> new StaffNotFoundException("venue", venueId));
        RoomDetails details = input.parse(venue.getKind());
        checkRoomNameFree(venueId, details.name(), null);
        Room saved = rooms.save(Room.create(venueId, details));
        auditLog.record(AuditEvent.success("ROOM_ADDED", "Room", saved.getId()).withDetail("venue=" + venueId));
        return saved;
    }

    @Transactional
    public Room updateRoom(long venueId, long roomId, int expectedVersion, RoomInput input, boolean inUse) {
        Venue venue = venues.findById(venueId).orElseThrow(() -> new StaffNotFoundException("venue", venueId));
        Room room = rooms.findById(roomId)
            .filter(r -> r.getVenue() == venueId)
            .orElseThrow(() -> new StaffNotFoundException("room", roomId));
        if (room.getVersion() != expectedVersion) {
            throw StaffValidationException.staleEdit("room");
        }
        RoomDetails details = input.parse(venue.getKind());
        checkRoomNameFree(venueId, details.name(), roomId);
        room.change(details);
        room.changeStatus(inUse);
        Room saved;
        try {
            saved = rooms.save(room);
        }
        catch (OptimisticLockingFailureException e) {
            throw StaffValidationException.staleEdit("room");
        }
        auditLog.record(AuditEvent.success("ROOM_UPDATED", "Room", roomId).withDetail("venue=" + venueId
                + ", inUse=" + inUse));
        return saved;
    }

    private void checkNameFree(String name, Long venueId) {
        venues.findByName(name).filter(other -> !other.getId().equals(venueId)).ifPresent(other -> {
            throw new StaffValidationException("name", "There is already a venue called " + other.getName());
        });
    }

    private void checkRoomNameFree(long venueId, String name, Long roomId) {
        boolean taken = rooms.findByVenue(venueId).stream()
            .anyMatch(r -> r.getName().equalsIgnoreCase(name) && !r.getId().equals(roomId));
        if (taken) {
            throw new StaffValidationException("roomName", "This venue already has a room called " + name);
        }
    }

    private Venue currentVenue(long id, int expectedVersion) {
        Venue venue = venues.findById(id).orElseThrow(() -> new StaffNotFoundException("venue", id));
        if (venue.getVersion() != expectedVersion) {
            throw StaffValidationException.staleEdit("venue");
        }
        return venue;
    }

    private Venue save(Venue venue) {
        try {
            return venues.save(venue);
        }
        catch (OptimisticLockingFailureException e) {
            throw StaffValidationException.staleEdit("venue");
        }
    }
}

package org.irohub.staff.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/** A room of a venue; taken out of use rather than deleted, as past conferences name it. */
public class Room {

    @Id
    private Long id;
    private final Long venue;
    private String name;
    private Integer capacity;
    private boolean stepFree;
    private boolean hearingLoop;
    private boolean childAndFamilyFriendly;
    private boolean active;
    @Version
    private Integer version;

    @PersistenceCreator
    Room(Long id, Long venue, String name, Integer capacity, boolean stepFree, boolean hearingLoop,
            boolean childAndFamilyFriendly, boolean active, Integer version) {
        this.id = id;
        this.venue = venue;
        this.name = name;
        this.capacity = capacity;
        this.stepFree = stepFree;
        this.hearingLoop = hearingLoop;
        this.childAndFamilyFriendly = childAndFamilyFriendly;
        this.active = active;
        this.version = version;
    }

    static Room create(long venueId, RoomDetails details) {
        Room room = new Room(null, venueId, null, null, false, false, false, true, null);
        room.change(details);
        return room;
    }

    void change(RoomDetails details) {
        name = details.name();
        capacity = details.capacity();
        stepFree = details.stepFree();
        hearingLoop = details.hearingLoop();
        childAndFamilyFriendly = details.childAndFamilyFriendly();
    }

    void changeStatus(boolean inUse) {
        active = inUse;
    }

    public Long getId() {
        return id;
    }

    public Long getVenue() {
        return venue;
    }

    public String getName() {
        return name;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public boolean isStepFree() {
        return stepFree;
    }

    public boolean isHearingLoop() {
        return hearingLoop;
    }

    public boolean isChildAndFamilyFriendly() {
        return childAndFamilyFriendly;
    }

    public boolean isActive() {
        return active;
    }

    public Integer getVersion() {
        return version;
    }
}

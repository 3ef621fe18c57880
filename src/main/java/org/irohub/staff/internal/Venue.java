package org.irohub.staff.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * A place conferences are held, or a video-call service. Its rooms are separate aggregates ({@link Room}) so
 * that a room keeps its id however often the venue is edited: scheduling holds on to room ids.
 */
public class Venue {

    @Id
    private Long id;
    private String name;
    private final VenueKind kind;
    private String address;
    private boolean accessible;
    private boolean childAndFamilyFriendly;
    private String notes;
    private boolean active;
    @Version
    private Integer version;

    @PersistenceCreator
    Venue(Long id, String name, VenueKind kind, String address, boolean accessible, boolean childAndFamilyFriendly,
            String notes, boolean active, Integer version) {
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.address = address;
        this.accessible = accessible;
        this.childAndFamilyFriendly = childAndFamilyFriendly;
        this.notes = notes;
        this.active = active;
        this.version = version;
    }

    static Venue create(VenueDetails details) {
        Venue venue = new Venue(null, null, details.kind(), null, false, false, null, true, null);
        venue.change(details);
        return venue;
    }

    void change(VenueDetails details) {
        if (details.kind() != kind) {
            throw new StaffValidationException("kind",
                    "A venue cannot change between a building and a video call. Create a new venue instead");
        }
        name = details.name();
        address = details.address();
        accessible = details.accessible();
        childAndFamilyFriendly = details.childAndFamilyFriendly();
        notes = details.notes();
    }

    void changeStatus(boolean inUse) {
        active = inUse;
    }

    public boolean isVirtual() {
        return kind == VenueKind.VIRTUAL;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public VenueKind getKind() {
        return kind;
    }

    public String getAddress() {
        return address;
    }

    public boolean isAccessible() {
        return accessible;
    }

    public boolean isChildAndFamilyFriendly() {
        return childAndFamilyFriendly;
    }

    public String getNotes() {
        return notes;
    }

    public boolean isActive() {
        return active;
    }

    public Integer getVersion() {
        return version;
    }
}

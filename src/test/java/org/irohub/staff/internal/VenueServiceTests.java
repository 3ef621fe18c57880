package org.irohub.staff.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.irohub.staff.RoomId;
import org.irohub.staff.RoomSummary;
import org.irohub.staff.VenueDirectory;
import org.irohub.support.IroHubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IroHubTest
class VenueServiceTests {

    @Autowired
    VenueService venues;

    @Autowired
    VenueDirectory directory;

    @Autowired
    JdbcClient jdbc;

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private Venue aCivicCentre(boolean accessible) {
        return venues.create(VenueDetails.parse(unique("Civic Centre"), "IN_PERSON", "Burdon Road", accessible, false,
                null));
    }

    @Test
    void addsAVenueWithRoomsAndAuditsEach() {
        Venue venue = aCivicCentre(true);
        Room room = venues.addRoom(venue.getId(), new RoomInput("Family Room", "8", true, true, true));

        assertThat(venues.get(venue.getId()).rooms()).extracting(Room::getName).containsExactly("Family Room");
        assertThat(audit("Venue", venue.getId())).containsExactly("VENUE_CREATED");
        assertThat(audit("Room", room.getId())).containsExactly("ROOM_ADDED");
    }

    @Test
    void describesAStepFreeRoomInAnAccessibleBuildingAsAccessible() {
        Venue accessible = aCivicCentre(true);
        Venue steps = aCivicCentre(false);
        Room good = venues.addRoom(accessible.getId(), new RoomInput("Room 1", "10", true, true, false));
        Room upstairs = venues.addRoom(accessible.getId(), new RoomInput("Room 2", "10", false, false, false));
        Room oldBuilding = venues.addRoom(steps.getId(), new RoomInput("Room 1", "10", true, false, true));

        RoomSummary summary = directory.room(new RoomId(good.getId())).orElseThrow();
        assertThat(summary.accessible()).isTrue();
        assertThat(summary.hearingLoop()).isTrue();
        assertThat(summary.capacity()).isEqualTo(10);
        assertThat(summary.label()).isEqualTo(accessible.getName() + ", Room 1");
        assertThat(directory.room(new RoomId(upstairs.getId())).orElseThrow().accessible()).isFalse();
        RoomSummary old = directory.room(new RoomId(oldBuilding.getId())).orElseThrow();
        assertThat(old.accessible()).isFalse();
        assertThat(old.childAndFamilyFriendly()).isTrue();
    }

    @Test
    void everyRoomOfAFamilyCentreIsChildAndFamilyFriendly() {
        Venue centre = venues.create(VenueDetails.parse(unique("Family Centre"), "IN_PERSON", "Hylton Road", true,
                true, null));
        Room room = venues.addRoom(centre.getId(), new RoomInput("Office", "6", true, false, false));

        assertThat(directory.room(new RoomId(room.getId())).orElseThrow().childAndFamilyFriendly()).isTrue();
    }

    @Test
    void aVirtualVenueNeedsNoAddressAndItsRoomsHaveNoCapacity() {
        Venue virtual = venues.create(VenueDetails.parse(unique("Video call"), "VIRTUAL", "", true, true, null));
        Room meeting = venues.addRoom(virtual.getId(), new RoomInput("Teams meeting", "12", true, false, true));

        RoomSummary summary = directory.room(new RoomId(meeting.getId())).orElseThrow();
        assertThat(summary.virtual()).isTrue();
        assertThat(summary.capacity()).isNull();
        assertThat(virtual.getAddress()).isNull();
    }

    @Test
    void aBuildingNeedsAnAddressAndARoomNeedsSeats() {
        assertThatThrownBy(() -> VenueDetails.parse("Somewhere", "IN_PERSON", " ", false, false, null))
            .isInstanceOf(StaffValidationException.class)
            .hasMessage("Enter the venue's address");
        assertThatThrownBy(() -> VenueDetails.parse("Somewhere", null, "Road", false, false, null))
            .hasMessage("Select whether the venue is a building or a video call");
        Venue venue = aCivicCentre(true);
        assertThatThrownBy(() -> venues.addRoom(venue.getId(), new RoomInput("Room 9", "0", true, false, false)))
            .isInstanceOf(StaffValidationException.class)
            .extracting(e -> ((StaffValidationException) e).field())
            .isEqualTo("capacity");
        assertThat(venues.get(venue.getId()).rooms()).isEmpty();
    }

    @Test
    void refusesASecondVenueOrRoomOfTheSameName() {
        Venue venue = aCivicCentre(true);
        venues.addRoom(venue.getId(), new RoomInput("Room 1", "10", true, false, false));

        assertThatThrownBy(() -> venues.create(VenueDetails.parse(venue.getName().toUpperCase(), "IN_PERSON", "Road",
                false, false, null)))
            .hasMessageStartingWith("There is already a venue called");
        assertThatThrownBy(() -> venues.addRoom(venue.getId(), new RoomInput("room 1", "4", true, false, false)))
            .hasMessageStartingWith("This venue already has a room called");
    }

    @Test
    void roomsKeepTheirIdsWhenTheVenueIsEditedAndLeaveTheListWhenOutOfUse() {
        Venue venue = aCivicCentre(true);
        Room room = venues.addRoom(venue.getId(), new RoomInput("Room 1", "10", true, false, false));
        RoomId id = new RoomId(room.getId());
        venues.update(venue.getId(), venue.getVersion(), VenueDetails.parse(venue.getName(), "IN_PERSON",
                "New Road", true, true, "Parking at the back"));

        assertThat(directory.activeRooms()).extracting(RoomSummary::id).contains(id);
        venues.updateRoom(venue.getId(), room.getId(), room.getVersion(),
                new RoomInput("Room 1", "10", true, false, false), false);

        assertThat(directory.activeRooms()).extracting(RoomSummary::id).doesNotContain(id);
        assertThat(directory.room(id)).isPresent();
        assertThat(audit("Room", room.getId())).containsExactly("ROOM_ADDED", "ROOM_UPDATED");
    }

    @Test
    void aClosedVenueTakesItsRoomsOutOfTheList() {
        Venue venue = aCivicCentre(true);
        Room room = venues.addRoom(venue.getId(), new RoomInput("Room 1", "10", true, false, false));

        venues.changeStatus(venue.getId(), venue.getVersion(), false);

        assertThat(directory.activeRooms()).extracting(RoomSummary::id).doesNotContain(new RoomId(room.getId()));
        assertThat(audit("Venue", venue.getId())).containsExactly("VENUE_CREATED", "VENUE_CLOSED");
    }

    @Test
    void theSecondOfTwoVenueEditsFromOneVersionIsRefusedAndTheFirstKept() {
        Venue venue = aCivicCentre(true);
        int versionBothSaw = venue.getVersion();
        venues.update(venue.getId(), versionBothSaw, VenueDetails.parse(venue.getName(), "IN_PERSON", "First Road",
                true, false, null));

        assertThatThrownBy(() -> venues.update(venue.getId(), versionBothSaw, VenueDetails.parse(venue.getName(),
                "IN_PERSON", "Second Road", true, false, null)))
            .hasMessageContaining("Someone else changed this venue");
        assertThat(venues.get(venue.getId()).venue().getAddress()).isEqualTo("First Road");
    }

    @Test
    void aBuildingCannotBecomeAVideoCall() {
        Venue venue = aCivicCentre(true);

        assertThatThrownBy(() -> venues.update(venue.getId(), venue.getVersion(), VenueDetails.parse(venue.getName(),
                "VIRTUAL", null, true, false, null)))
            .isInstanceOf(StaffValidationException.class)
            .extracting(e -> ((StaffValidationException) e).field())
            .isEqualTo("kind");
    }

    private List<String> audit(String type, long id) {
        return jdbc.sql("SELECT action FROM audit_entry WHERE record_type = :type AND record_id = :id ORDER BY id")
            .param("type", type)
            .param("id", String.valueOf(id))
            .query(String.class)
            .list();
    }
}

package org.irohub.staff.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.irohub.identity.Roles;
import org.irohub.staff.internal.Room;
import org.irohub.staff.internal.RoomInput;
import org.irohub.staff.internal.Venue;
import org.irohub.staff.internal.VenueDetails;
import org.irohub.staff.internal.VenueService;
import org.irohub.support.IroHubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IroHubTest
@AutoConfigureMockMvc
class VenuePagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    VenueService venues;

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(user("admin").roles(Roles.ADMIN)).with(csrf());
    }

    private Venue aVenue() {
        return venues.create(VenueDetails.parse(unique("Civic Centre"), "IN_PERSON", "Burdon Road", true, false, null));
    }

    @Test
    void anAdministratorAddsAVenueThenARoom() throws Exception {
        String name = unique("Family Centre");
        mvc.perform(asAdmin(post("/staff/venues"))
                .param("name", name)
                .param("kind", "IN_PERSON")
                .param("address", "Hylton Road")
                .param("accessible", "true")
                .param("childAndFamilyFriendly", "true"))
            .andExpect(redirectedUrlPattern("/staff/venues/*"))
            .andExpect(flash().attribute("flash", name + " added. Add its rooms below"));
        Venue venue = venues.all().stream().map(v -> v.venue()).filter(v -> v.getName().equals(name)).findFirst().orElseThrow();
        assertThat(venue.isChildAndFamilyFriendly()).isTrue();

        mvc.perform(asAdmin(post("/staff/venues/" + venue.getId() + "/rooms"))
                .param("roomName", "Play Room")
                .param("capacity", "8")
                .param("stepFree", "true"))
            .andExpect(redirectedUrl("/staff/venues/" + venue.getId() + "#rooms"));
        assertThat(venues.get(venue.getId()).rooms()).extracting(Room::getCapacity).containsExactly(8);
    }

    @Test
    void aBuildingWithoutAnAddressComesBackWithTheErrorSummary() throws Exception {
        String name = unique("Nowhere");
        mvc.perform(asAdmin(post("/staff/venues")).param("name", name).param("kind", "IN_PERSON"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("<title>Error: Add a venue")))
            .andExpect(content().string(containsString("href=\"#address\"")))
            .andExpect(content().string(containsString("Enter the venue&#39;s address")));
        assertThat(venues.all()).noneMatch(v -> v.venue().getName().equals(name));
    }

    @Test
    void aRoomWithoutSeatsIsRefusedOnTheVenuePage() throws Exception {
        Venue venue = aVenue();
        mvc.perform(asAdmin(post("/staff/venues/" + venue.getId() + "/rooms")).param("roomName", "Board Room"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("href=\"#capacity\"")))
            .andExpect(content().string(containsString("value=\"Board Room\"")));
        assertThat(venues.get(venue.getId()).rooms()).isEmpty();
    }

    @Test
    void aStaleRoomEditIsRefusedWithAClearMessage() throws Exception {
        Venue venue = aVenue();
        Room room = venues.addRoom(venue.getId(), new RoomInput("Room 1", "10", true, false, false));
        venues.updateRoom(venue.getId(), room.getId(), room.getVersion(), new RoomInput("Room 1A", "10", true, false, false), true);

        mvc.perform(asAdmin(post("/staff/venues/" + venue.getId() + "/rooms/" + room.getId()))
                .param("roomName", "Room One")
                .param("capacity", "12")
                .param("active", "true")
                .param("version", String.valueOf(room.getVersion())))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Someone else changed this room")));
        assertThat(venues.get(venue.getId()).rooms()).extracting(Room::getName).containsExactly("Room 1A");
    }

    @Test
    void everyoneWhoBooksOrChairsSeesTheVenuesButOnlyManagersChangeThem() throws Exception {
        Venue venue = aVenue();
        venues.addRoom(venue.getId(), new RoomInput("Quiet Room", "6", true, true, true));
        mvc.perform(get("/staff/venues").with(user("s").roles(Roles.BUSINESS_SUPPORT)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(venue.getName())))
            .andExpect(content().string(containsString("Quiet Room")));
        mvc.perform(get("/staff/venues/" + venue.getId()).with(user("c").roles(Roles.CHAIR)))
            .andExpect(status().isForbidden());
        mvc.perform(get("/staff/venues/" + venue.getId()).with(user("m").roles(Roles.IRO_MANAGER)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Add a room")));
    }
}

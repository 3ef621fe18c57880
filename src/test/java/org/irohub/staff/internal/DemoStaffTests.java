package org.irohub.staff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.irohub.staff.ChairDirectory;
import org.irohub.staff.ChairProfile;
import org.irohub.staff.RoomSummary;
import org.irohub.staff.VenueDirectory;
import org.irohub.support.IroHubTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

class DemoStaffTests {

    @Nested
    @IroHubTest
    class OutsideDemoMode {

        @Autowired
        ApplicationContext context;

        @Autowired
        Chairs chairs;

        @Autowired
        Venues venues;

        @Test
        void noDemoChairOrVenueExistsAndTheDemoBeanIsAbsent() {
            assertThat(context.getBeansOfType(DemoStaff.class)).isEmpty();
            DemoStaff.CHAIRS.forEach(demo -> assertThat(chairs.findByName(demo.name())).isEmpty());
            DemoStaff.VENUES.forEach(demo -> assertThat(venues.findByName(demo.name())).isEmpty());
        }
    }

    /** The same properties and profiles as the demo users' test, so both share one demo context. */
    @Nested
    @SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:demo;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
    @ActiveProfiles({ "test", "demo" })
    class InDemoMode {

        @Autowired
        ChairDirectory directory;

        @Autowired
        VenueDirectory rooms;

        @Autowired
        DemoStaff demo;

        @Autowired
        Chairs chairs;

        @Autowired
        Venues venues;

        @Test
        void charlieChairIsLinkedToTheDemoChairUser() {
            ChairProfile charlie = directory.findByUsername("demo.chair").orElseThrow();

            assertThat(charlie.name()).isEqualTo("Charlie Chair");
            assertThat(charlie.conflicts()).isNotEmpty();
        }

        @Test
        void thereArePartTimersConflictsAndOnlyCharlieHasAUsername() {
            assertThat(DemoStaff.CHAIRS).hasSizeGreaterThanOrEqualTo(4);
            for (DemoStaff.DemoChair c : DemoStaff.CHAIRS) {
                Chair chair = chairs.findByName(c.name()).get(0);
                assertThat(chair.getUsername()).isEqualTo(c.username());
                assertThat(chair.getConflicts()).hasSize(c.conflicts().size());
            }
            assertThat(directory.activeChairs()).extracting(p -> p.fte().toPlainString()).contains("0.50", "0.80");
        }

        @Test
        void thereAreFamilyFriendlyRoomsAndAVideoCall() {
            assertThat(rooms.activeRooms()).anyMatch(r -> r.childAndFamilyFriendly() && !r.virtual());
            assertThat(rooms.activeRooms()).anyMatch(RoomSummary::virtual);
            assertThat(rooms.activeRooms()).extracting(RoomSummary::venueName).contains("Civic Centre",
                    "Riverside Family Centre");
        }

        @Test
        void runningAgainAddsNothing() throws Exception {
            long chairCount = chairs.count();
            long venueCount = venues.count();
            int roomCount = rooms.activeRooms().size();

            demo.run(new DefaultApplicationArguments());

            assertThat(chairs.count()).isEqualTo(chairCount);
            assertThat(venues.count()).isEqualTo(venueCount);
            assertThat(rooms.activeRooms()).hasSize(roomCount);
        }
    }
}

package org.irohub.staff.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only ({@code irohub.demo.enabled=true}): a small IRO team and venues like the seed's. Runs after
 * the demo users (so "Charlie Chair" can be linked to {@code demo.chair}) and skips any chair or venue whose
 * name already exists, so restarting changes nothing. The bean does not exist outside demo mode.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "irohub.demo.enabled", havingValue = "true")
class DemoStaff implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoStaff.class);

    record DemoChair(String name, String username, String team, String fte, List<String> days,
            List<DemoConflict> conflicts) {
    }

    record DemoConflict(String person, String role, String team, String reason) {
    }

    record DemoVenue(String name, String kind, String address, boolean accessible, boolean friendly, String notes,
            List<RoomInput> rooms) {
    }

    private static final List<String> FULL_WEEK = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");

    static final List<DemoChair> CHAIRS = List.of(
            new DemoChair("Charlie Chair", "demo.chair", "IRO Team North", "1.0", FULL_WEEK,
                    List.of(new DemoConflict("Sam Smith", "Social worker", "Assessment Team East", "LINE_MANAGEMENT"))),
            new DemoChair("Priya Patel", null, "IRO Team North", "0.5", List.of("MONDAY", "TUESDAY", "WEDNESDAY"),
                    List.of(new DemoConflict(null, null, "Children with Disabilities Team", "LINE_MANAGEMENT"))),
            new DemoChair("Tom Hughes", null, "IRO Team South", "0.8", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY"),
                    List.of(new DemoConflict("Jo Bell", "Team manager", "Safeguarding Team West", "OPERATIONAL_INVOLVEMENT"))),
            new DemoChair("Aisha Rahman", null, "IRO Team South", "1.0", FULL_WEEK, List.of()));

    static final List<DemoVenue> VENUES = List.of(
            new DemoVenue("Civic Centre", "IN_PERSON", "Civic Centre, Burdon Road, SR2 7DN", true, false,
                    "Reception on the ground floor; ask for the conference suite.",
                    List.of(new RoomInput("Conference Room 1", "12", true, true, false),
                            new RoomInput("Family Room", "8", true, false, true))),
            new DemoVenue("Riverside Family Centre", "IN_PERSON", "Riverside Family Centre, Hylton Road, SR4 7AU", true,
                    true, "Play room next door for children attending the pre-meeting.",
                    List.of(new RoomInput("Meeting Room", "10", true, true, true))),
            new DemoVenue("Video call (Microsoft Teams)", "VIRTUAL", null, true, true,
                    "Send the link with the invitation; offer a phone dial-in to families without a device.",
                    List.of(new RoomInput("Teams meeting", null, true, false, true))));

    private final ChairService chairs;
    private final Chairs chairStore;
    private final VenueService venues;
    private final Venues venueStore;

    DemoStaff(ChairService chairs, Chairs chairStore, VenueService venues, Venues venueStore) {
        this.chairs = chairs;
        this.chairStore = chairStore;
        this.venues = venues;
        this.venueStore = venueStore;
    }

    @Override
    public void run(ApplicationArguments args) {
        CHAIRS.stream().filter(c -> chairStore.findByName(c.name()).isEmpty()).forEach(this::create);
        VENUES.stream().filter(v -> venueStore.findByName(v.name()).isEmpty()).forEach(this::create);
    }

    private void create(DemoChair demo) {
        String username = demo.username() != null && chairStore.findByUsername(demo.username()).isEmpty()
                ? demo.username() : null;
        Chair chair = chairs.create(ChairDetails.parse(demo.name(), username, demo.team(), demo.fte(), demo.days(), "3"));
        for (DemoConflict c : demo.conflicts()) {
            chair = chairs.addConflict(chair.getId(), chair.getVersion(), c.person(), c.role(), c.team(), c.reason());
        }
        log.info("Demo mode: created chair {}", demo.name());
    }

    private void create(DemoVenue demo) {
        Venue venue = venues.create(VenueDetails.parse(demo.name(), demo.kind(), demo.address(), demo.accessible(),
                demo.friendly(), demo.notes()));
        demo.rooms().forEach(room -> venues.addRoom(venue.getId(), room));
        log.info("Demo mode: created venue {}", demo.name());
    }
}

package org.irohub.scheduling;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import org.irohub.children.ChildFixture;
import org.irohub.children.ChildId;
import org.irohub.children.internal.ChildRecords;
import org.irohub.protection.ConferenceId;
import org.irohub.protection.NewStrategyDiscussion;
import org.irohub.protection.StrategyDiscussionService;
import org.irohub.staff.internal.Chair;
import org.irohub.staff.internal.ChairDetails;
import org.irohub.staff.internal.ChairService;
import org.irohub.staff.internal.Room;
import org.irohub.staff.internal.RoomInput;
import org.irohub.staff.internal.Venue;
import org.irohub.staff.internal.VenueDetails;
import org.irohub.staff.internal.VenueService;

/**
 * Children with requested conferences, chairs and rooms, each with unique names, for scheduling tests that
 * share one database. Bookings must be in the future, so tests book on {@link #aTuesdayAhead()}.
 */
public final class SchedulingFixture {

    /** The strategy discussion of every conference made here: its ICPC is due 13 January 2017, long overdue. */
    public static final LocalDate DISCUSSED_ON = LocalDate.of(2016, 12, 20);

    private final ChildRecords childRecords;
    private final StrategyDiscussionService discussions;
    private final ChairService chairs;
    private final VenueService venues;

    public SchedulingFixture(ChildRecords childRecords, StrategyDiscussionService discussions, ChairService chairs,
            VenueService venues) {
        this.childRecords = childRecords;
        this.discussions = discussions;
        this.chairs = chairs;
        this.venues = venues;
    }

    public static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A Tuesday at least a week ahead, so a booking is never in the past however long the tests take. Bookings
     * must be on working days, and tests also rebook onto the Wednesday after, so the weeks of Christmas and New
     * Year are skipped: the only Tuesday or Wednesday bank holidays in England and Wales are those days and
     * their substitutes.
     */
    public static LocalDate aTuesdayAhead() {
        LocalDate tuesday = LocalDate.now(ZoneId.of("Europe/London")).plusDays(7)
            .with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        while (christmasOrNewYear(tuesday) || christmasOrNewYear(tuesday.plusDays(1))) {
            tuesday = tuesday.plusWeeks(1);
        }
        return tuesday;
    }

    private static boolean christmasOrNewYear(LocalDate date) {
        return date.getMonthValue() == 12 && date.getDayOfMonth() >= 25
                || date.getMonthValue() == 1 && date.getDayOfMonth() <= 3;
    }

    public long aChild(String firstName) {
        return childRecords.create(ChildFixture.aChild().named(firstName, ChildFixture.uniqueSurname()).input()).id();
    }

    /** Records a strategy discussion that started a section 47 enquiry: the ICPC is requested. */
    public ConferenceId anInitialConference(long child, Long... siblings) {
        var recorded = discussions.record(new ChildId(child),
                new NewStrategyDiscussion(DISCUSSED_ON, true, DISCUSSED_ON, List.of(siblings)), "system");
        return new ConferenceId(recorded.conference().getId());
    }

    public Chair aChair(String name) {
        return chairs.create(ChairDetails.parse(unique(name), null, "IRO Team",
                "1.0", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"), "3"));
    }

    public Chair aChair(String name, List<String> days, String maxPerDay) {
        return chairs.create(ChairDetails.parse(unique(name), null, "IRO Team", "1.0", days, maxPerDay));
    }

    public Chair lineManagerOf(String person) {
        Chair chair = aChair("Conflicted Chair");
        return chairs.addConflict(chair.getId(), null, person, "Social worker", null, "LINE_MANAGEMENT");
    }

    public Room aRoom(String capacity) {
        Venue venue = venues.create(VenueDetails.parse(unique("Civic Centre"), "IN_PERSON", "Burdon Road", true, false,
                null));
        return venues.addRoom(venue.getId(), new RoomInput("Room 2", capacity, true, false, false));
    }

    public Room aVideoCall() {
        Venue venue = venues.create(VenueDetails.parse(unique("Video call"), "VIRTUAL", null, true, true, null));
        return venues.addRoom(venue.getId(), new RoomInput("Teams meeting", null, true, false, true));
    }
}

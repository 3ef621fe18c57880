package org.irohub.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.irohub.calendar.BankHoliday;
import org.irohub.calendar.WorkingDays;
import org.irohub.children.ChildId;
import org.irohub.children.internal.ChildRecords;
import org.irohub.children.internal.SiblingGroupService;
import org.irohub.protection.ConferenceId;
import org.irohub.protection.ConferenceOutcomeService;
import org.irohub.protection.ConferenceQueries;
import org.irohub.protection.ConferenceService;
import org.irohub.protection.ConferenceStatus;
import org.irohub.protection.OutcomeRequest;
import org.irohub.protection.StrategyDiscussionService;
import org.irohub.protection.participation.InviteeDetails;
import org.irohub.protection.participation.ParticipationService;
import org.irohub.scheduling.internal.AllocationService;
import org.irohub.scheduling.internal.Booking;
import org.irohub.scheduling.internal.BookingChange;
import org.irohub.scheduling.internal.BookingDetails;
import org.irohub.scheduling.internal.BookingService;
import org.irohub.scheduling.internal.ChairSuggestion;
import org.irohub.scheduling.internal.RequestRow;
import org.irohub.scheduling.internal.SchedulingDates;
import org.irohub.scheduling.internal.SchedulingException;
import org.irohub.scheduling.internal.Slot;
import org.irohub.staff.CaseInvolvement;
import org.irohub.staff.internal.Chair;
import org.irohub.staff.internal.ChairService;
import org.irohub.staff.internal.Room;
import org.irohub.staff.internal.VenueService;
import org.irohub.support.IroHubTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IroHubTest
class BookingServiceTests {

    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final String SUPPORT = "bea.support";

    @Autowired
    BookingService bookings;

    @Autowired
    AllocationService allocation;

    @Autowired
    ConferenceBookings conferenceBookings;

    @Autowired
    ConferenceQueries conferenceQueries;

    @Autowired
    ConferenceService conferenceService;

    @Autowired
    ConferenceOutcomeService outcomes;

    @Autowired
    SiblingGroupService siblingGroups;

    @Autowired
    ChildRecords childRecords;

    @Autowired
    StrategyDiscussionService discussions;

    @Autowired
    ChairService chairService;

    @Autowired
    VenueService venueService;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    ParticipationService participation;

    @Autowired
    JdbcClient jdbc;

    SchedulingFixture fixture;
    LocalDate tuesday;

    @BeforeEach
    void setUp() {
        fixture = new SchedulingFixture(childRecords, discussions, chairService, venueService);
        tuesday = SchedulingFixture.aTuesdayAhead();
    }

    private static BookingDetails at(LocalDate date, LocalTime start, Room room, Chair chair) {
        return new BookingDetails(date, start, null, room.getId(), chair.getId(), "Bea Support");
    }

    @Test
    void aSection47StrategyDiscussionPutsTheRequestOnTheAllocationAndBookingListsAtOnce() {
        ConferenceId icpc = fixture.anInitialConference(fixture.aChild("Alex"));

        long requests = jdbc.sql("SELECT COUNT(*) FROM booking_request WHERE conference_id = :id AND due_date = :due")
            .param("id", icpc.value())
            .param("due", LocalDate.of(2017, 1, 13))
            .query(Long.class)
            .single();
        assertThat(requests).isEqualTo(1);
        RequestRow row = allocation.allocation(SUPPORT, null, null, 3).stream()
            .filter(r -> r.conferenceId() == icpc.value())
            .findFirst()
            .orElseThrow();
        assertThat(row.overdue()).isTrue();
        assertThat(row.dueText()).startsWith("Overdue by ");
        assertThat(row.workingDaysLeft()).isNegative();
        assertThat(row.allocated()).isFalse();
        assertThat(row.childNames()).startsWith("Alex ");
        assertThat(allocation.bookingList(SUPPORT).toBook()).anyMatch(r -> r.conferenceId() == icpc.value());
    }

    @Test
    void overdueRequestsComeFirstThenByDueDate() {
        fixture.anInitialConference(fixture.aChild("Alex"));

        List<LocalDate> due = allocation.allocation(SUPPORT, null, null, 0).stream().map(RequestRow::dueDate).toList();

        assertThat(due).isSorted();
    }

    @Test
    void bookingTellsTheConferenceItsChairAndDateAndIsAudited() {
        ConferenceId icpc = fixture.anInitialConference(fixture.aChild("Alex"));
        Chair chair = fixture.aChair("Charlie Chair");
        Room room = fixture.aRoom("10");

        Booking booking = bookings.book(icpc, at(tuesday, TEN, room, chair),
                new CaseInvolvement("Sam Social", "Tess Manager", "Children's Team North"), SUPPORT);

        assertThat(booking.getEnd()).isEqualTo(LocalTime.of(11, 30));
        var conference = conferenceQueries.find(icpc.value()).orElseThrow();
        assertThat(conference.status()).isEqualTo(ConferenceStatus.BOOKED);
        assertThat(conference.chairId()).isEqualTo(chair.getId());
        assertThat(conference.bookedFor()).isEqualTo(tuesday);
        assertThat(conferenceBookings.find(icpc.value())).get()
            .extracting(BookingSummary::roomId, BookingSummary::minuteTaker)
            .containsExactly(room.getId(), "Bea Support");
        assertThat(bookings.request(icpc).getSocialWorker()).isEqualTo("Sam Social");
        // Protection audits the conference's new chair and date; scheduling audits the booking, once each.
        assertThat(audit(icpc)).containsOnlyOnce("CONFERENCE_BOOKED", "BOOKING_MADE");
        assertThat(allocation.allocation(SUPPORT, null, null, 0)).noneMatch(r -> r.conferenceId() == icpc.value());
        assertThat(allocation.bookingList(SUPPORT).upcoming()).anyMatch(r -> r.booking().getConferenceId() == icpc.value()
                && r.chairName().equals(chair.getName()));
    }

    @Test
    void aChairBookedTwiceAtOnceIsRefusedNamingTheClashAndNothingIsWritten() {
        Chair chair = fixture.aChair("Charlie Chair");
        ConferenceId first = fixture.anInitialConference(fixture.aChild("Alex"));
        ConferenceId second = fixture.anInitialConference(fixture.aChild("Robin"));
        bookings.book(first, at(tuesday, TEN, fixture.aRoom("10"), chair), null, SUPPORT);
        List<String> auditBefore = audit(second);

        assertThatThrownBy(() -> bookings.book(second, at(tuesday, LocalTime.of(11, 0), fixture.aRoom("10"), chair),
                new CaseInvolvement("Someone New", null, null), SUPPORT))
            .isInstanceOf(SchedulingException.class)
            .hasMessage(chair.getName() + " is already chairing a conference from 10:00 to 11:30 on "
                    + org.irohub.scheduling.internal.SchedulingDates.format(tuesday))
            .extracting(e -> ((SchedulingException) e).field(), e -> ((SchedulingException) e).kind())
            .containsExactly("chairId", SchedulingException.Kind.CONFLICT);

        assertThat(conferenceBookings.find(second.value())).isEmpty();
        assertThat(conferenceQueries.find(second.value()).orElseThrow().status()).isEqualTo(ConferenceStatus.REQUESTED);
        assertThat(bookings.request(second).getSocialWorker()).isNull();
        assertThat(audit(second)).isEqualTo(auditBefore);
    }

    @Test
    void peopleBookingOneChairAtTheSameMomentCannotBothSucceed() throws Exception {
        int people = 8;
        Chair chair = fixture.aChair("Charlie Chair");
        List<ConferenceId> conferences = new java.util.ArrayList<>();
        List<Room> rooms = new java.util.ArrayList<>();
        for (int i = 0; i < people; i++) {
            conferences.add(fixture.anInitialConference(fixture.aChild("Alex")));
            rooms.add(fixture.aRoom("10"));
        }
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(people);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(people);
        try {
            List<java.util.concurrent.Future<Booking>> results = new java.util.ArrayList<>();
            for (int i = 0; i < people; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    together.await();
                    return bookings.book(conferences.get(n), at(tuesday, LocalTime.of(10, 5 * n), rooms.get(n), chair),
                            null, SUPPORT);
                }));
            }
            int booked = 0;
            for (var result : results) {
                try {
                    result.get(60, java.util.concurrent.TimeUnit.SECONDS);
                    booked++;
                }
                catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(SchedulingException.class)
                        .hasMessageContaining("is already chairing a conference");
                }
            }
            assertThat(booked).isEqualTo(1);
        }
        finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRoomBookedTwiceAtOnceIsRefusedButBackToBackIsFine() {
        Room room = fixture.aRoom("10");
        ConferenceId first = fixture.anInitialConference(fixture.aChild("Alex"));
        ConferenceId second = fixture.anInitialConference(fixture.aChild("Robin"));
        bookings.book(first, at(tuesday, TEN, room, fixture.aChair("Charlie Chair")), null, SUPPORT);

        Chair other = fixture.aChair("Dana Chair");
        assertThatThrownBy(() -> bookings.book(second, at(tuesday, LocalTime.of(11, 0), room, other), null, SUPPORT))
            .isInstanceOf(SchedulingException.class)
            .hasMessageEndingWith("Room 2 is already booked from 10:00 to 11:30 on "
                    + org.irohub.scheduling.internal.SchedulingDates.format(tuesday))
            .extracting(e -> ((SchedulingException) e).field())
            .isEqualTo("roomId");

        Booking backToBack = bookings.book(second, at(tuesday, LocalTime.of(11, 30), room, other), null, SUPPORT);
        assertThat(backToBack.slot()).isEqualTo(new Slot(tuesday, LocalTime.of(11, 30), LocalTime.of(13, 0)));
    }

    @Test
    void aRoomSeatingFewerThanThoseInvitedIsRefusedNamingTheRoomAndNothingIsWritten() {
        ConferenceId icpc = fixture.anInitialConference(fixture.aChild("Alex"));
        for (String name : List.of("Pat Parent", "Chris Carer", "Sam Social")) {
            participation.invite(icpc, null, InviteeDetails.of(name, "OTHER", null, null, false), SUPPORT);
        }
        Room small = fixture.aRoom("2");
        Chair chair = fixture.aChair("Charlie Chair");
        List<String> auditBefore = audit(icpc);

        assertThatThrownBy(() -> bookings.book(icpc, at(tuesday, TEN, small, chair), null, SUPPORT))
            .isInstanceOfSatisfying(SchedulingException.class, e -> {
                assertThat(e.field()).isEqualTo("roomId");
                assertThat(e.kind()).isEqualTo(SchedulingException.Kind.UNPROCESSABLE);
            })
            .hasMessageContaining("seats 2 but 3 people are invited");
        assertThat(conferenceBookings.find(icpc.value())).isEmpty();
        assertThat(audit(icpc)).isEqualTo(auditBefore);

        Booking booked = bookings.book(icpc, at(tuesday, TEN, fixture.aRoom("3"), chair), null, SUPPORT);
        assertThat(booked.isBooked()).isTrue();
    }

    @Test
    void aChairNotIndependentOfTheCaseIsRefusedWithThePolicysReason() {
        ConferenceId icpc = fixture.anInitialConference(fixture.aChild("Alex"));
        Chair conflicted = fixture.lineManagerOf("Sam Social");
        bookings.changeCasePeople(icpc, null, new CaseInvolvement("sam  social", null, null), SUPPORT);

        assertThatThrownBy(() -> bookings.book(icpc, at(tuesday, TEN, fixture.aRoom("10"), conflicted), null, SUPPORT))
            .isInstanceOf(SchedulingException.class)
            .hasMessage(conflicted.getName() + " is not independent of this case: Sam Social was line-managed by this chair")
            .extracting(e -> ((SchedulingException) e).kind())
            .isEqualTo(SchedulingException.Kind.UNPROCESSABLE);
        assertThat(conferenceBookings.find(icpc.value())).isEmpty();
    }

    @Test
    void aDayTheChairDoesNotWorkOrBeyondTheirDailyLimitIsRefused() {
        Chair mondays = fixture.aChair("Monday Chair", List.of("MONDAY"), "1");
        assertThatThrownBy(() -> bookings.book(fixture.anInitialConference(fixture.aChild("Alex")),
                at(tuesday, TEN, fixture.aRoom("10"), mondays), null, SUPPORT))
            .hasMessage(mondays.getName() + " does not work on Tuesdays");

        Chair one = fixture.aChair("One A Day", List.of("TUESDAY"), "1");
        bookings.book(fixture.anInitialConference(fixture.aChild("Alex")), at(tuesday, TEN, fixture.aRoom("10"), one),
                null, SUPPORT);
        assertThatThrownBy(() -> bookings.book(fixture.anInitialConference(fixture.aChild("Robin")),
                at(tuesday, LocalTime.of(14, 0), fixture.aRoom("10"), one), null, SUPPORT))
            .hasMessageStartingWith(one.getName() + " already has 1 conferences on")
            .extracting(e -> ((SchedulingException) e).field())
            .isEqualTo("chairId");
    }

    @Test
    void aDateInThePastAndMissingDetailsAreRefusedAllAtOnce() {
        ConferenceId icpc = fixture.anInitialConference(fixture.aChild("Alex"));

        assertThatThrownBy(() -> bookings.book(icpc, new BookingDetails(LocalDate.of(2017, 1, 10), TEN, null, null,
                null, " "), null, SUPPORT))
            .isInstanceOfSatisfying(SchedulingException.class, e -> assertThat(e.errors()).containsOnlyKeys("date",
                    "roomId", "chairId", "minuteTaker")
                .containsEntry("date", "The date of the conference must be today or in the future"));
        assertThatThrownBy(() -> BookingDetails.parse("2017-02-30", "25:00", null, "x", "1", "Bea"))
            .isInstanceOfSatisfying(SchedulingException.class, e -> assertThat(e.errors()).containsOnlyKeys("date",
                    "start", "roomId"));
    }

    @Test
    void aBankHolidayOrAWeekendIsRefusedNamingTheDateAndNothingIsWritten() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        // The next bank holiday on a weekday in the bundled list (28 December 2026 when this was written).
        LocalDate holiday = workingDays.bankHolidays().stream()
            .map(BankHoliday::date)
            .filter(d -> d.isAfter(today) && d.getDayOfWeek().getValue() <= 5)
            .findFirst()
            .orElse(null);
        assumeTrue(holiday != null, "the bundled bank holidays have run out: update bank-holidays.json");
        ConferenceId icpc = fixture.anInitialConference(fixture.aChild("Alex"));
        Chair chair = fixture.aChair("Charlie Chair");
        Room room = fixture.aRoom("10");
        List<String> auditBefore = audit(icpc);

        assertThatThrownBy(() -> bookings.book(icpc, at(holiday, TEN, room, chair), null, SUPPORT))
            .isInstanceOfSatisfying(SchedulingException.class, e -> {
                assertThat(e.kind()).isEqualTo(SchedulingException.Kind.INVALID);
                assertThat(e.errors()).containsOnlyKeys("date");
            })
            .hasMessage(SchedulingDates.format(holiday) + " is a bank holiday or a weekend: choose a working day");
        LocalDate saturday = tuesday.plusDays(4);
        assertThatThrownBy(() -> bookings.book(icpc, at(saturday, TEN, room, chair), null, SUPPORT))
            .hasMessage(SchedulingDates.format(saturday) + " is a bank holiday or a weekend: choose a working day")
            .extracting(e -> ((SchedulingException) e).field())
            .isEqualTo("date");

        assertThat(conferenceBookings.find(icpc.value())).isEmpty();
        assertThat(audit(icpc)).isEqualTo(auditBefore);
    }

    @Test
    void rebookingKeepsWhatItReplacedWithWhoWhenAndWhy() {
        ConferenceId icpc = fixture.anInitialConference(fixture.aChild("Alex"));
        Chair first = fixture.aChair("Charlie Chair");
        Chair second = fixture.aChair("Dana Chair");
        Room room = fixture.aRoom("10");
        Room video = fixture.aVideoCall();
        Booking booked = bookings.book(icpc, at(tuesday, TEN, room, first), null, SUPPORT);

        assertThatThrownBy(() -> bookings.rebook(icpc, booked.getVersion(), at(tuesday, TEN, video, second), " ", null,
                SUPPORT))
            .extracting(e -> ((SchedulingException) e).field())
            .isEqualTo("reason");
        Booking moved = bookings.rebook(icpc, booked.getVersion(),
                at(tuesday.plusDays(1), LocalTime.of(14, 0), video, second), "Charlie is on leave", null, "cal.support");

        assertThat(moved.getDate()).isEqualTo(tuesday.plusDays(1));
        assertThat(moved.getChairId()).isEqualTo(second.getId());
        assertThat(moved.getChanges()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(BookingChange.Kind.REBOOKED);
            assertThat(change.previousSlot()).isEqualTo(new Slot(tuesday, TEN, LocalTime.of(11, 30)));
            assertThat(change.previousChairId()).isEqualTo(first.getId());
            assertThat(change.previousRoomId()).isEqualTo(room.getId());
            assertThat(change.reason()).isEqualTo("Charlie is on leave");
            assertThat(change.changedBy()).isEqualTo("cal.support");
            assertThat(change.changedAt()).isNotNull();
        });
        var conference = conferenceQueries.find(icpc.value()).orElseThrow();
        assertThat(conference.chairId()).isEqualTo(second.getId());
        assertThat(conference.bookedFor()).isEqualTo(tuesday.plusDays(1));
        assertThat(audit(icpc)).containsOnlyOnce("BOOKING_MADE", "BOOKING_CHANGED");
        assertThatThrownBy(() -> bookings.rebook(icpc, booked.getVersion(), at(tuesday, TEN, room, first), "Back again",
                null, SUPPORT))
            .hasMessageStartingWith("Someone else changed this booking");
    }

    @Test
    void rebookingIntoItsOwnSlotWithAnotherRoomIsNotAClashWithItself() {
        ConferenceId icpc = fixture.anInitialConference(fixture.aChild("Alex"));
        Chair chair = fixture.aChair("Charlie Chair");
        Booking booked = bookings.book(icpc, at(tuesday, TEN, fixture.aRoom("10"), chair), null, SUPPORT);

        Booking moved = bookings.rebook(icpc, booked.getVersion(), at(tuesday, TEN, fixture.aRoom("12"), chair),
                "A bigger room", null, SUPPORT);

        assertThat(moved.getChanges()).hasSize(1);
    }

    @Test
    void cancellingAsksWhyCancelsTheConferenceAndFreesTheSlot() {
        ConferenceId icpc = fixture.anInitialConference(fixture.aChild("Alex"));
        Chair chair = fixture.aChair("Charlie Chair");
        Room room = fixture.aRoom("10");
        Booking booked = bookings.book(icpc, at(tuesday, TEN, room, chair), null, SUPPORT);

        assertThatThrownBy(() -> bookings.cancel(icpc, booked.getVersion(), "", SUPPORT))
            .hasMessage("Say why the conference is cancelled");
        Booking cancelled = bookings.cancel(icpc, booked.getVersion(), "The family moved away", SUPPORT);

        assertThat(cancelled.isBooked()).isFalse();
        assertThat(cancelled.getChanges()).singleElement()
            .extracting(BookingChange::kind, BookingChange::reason)
            .containsExactly(BookingChange.Kind.CANCELLED, "The family moved away");
        assertThat(conferenceQueries.find(icpc.value()).orElseThrow().status()).isEqualTo(ConferenceStatus.CANCELLED);
        assertThat(audit(icpc)).contains("BOOKING_CANCELLED", "CONFERENCE_CANCELLED");
        Booking other = bookings.book(fixture.anInitialConference(fixture.aChild("Robin")),
                at(tuesday, TEN, room, chair), null, SUPPORT);
        assertThat(other.isBooked()).isTrue();
    }

    @Test
    void theChairOfTheChildsLastConferenceAndOfASiblingsAreSuggestedFirstWithTheirReasons() {
        long alex = fixture.aChild("Alex");
        long sam = fixture.aChild("Sam");
        siblingGroups.addSibling(new ChildId(alex), childRecords.view(new ChildId(sam), "system").summary().laChildId(),
                "system");
        Chair alexs = fixture.aChair("Alex's Chair");
        Chair sams = fixture.aChair("Sam's Chair");
        hold(fixture.anInitialConference(alex), alexs, LocalDate.of(2017, 1, 12));
        hold(fixture.anInitialConference(sam), sams, LocalDate.of(2017, 1, 11));

        RequestRow review = allocation.allocation(SUPPORT, tuesday, TEN, Integer.MAX_VALUE).stream()
            .filter(r -> r.children().size() == 1 && r.children().get(0).id() == alex)
            .findFirst()
            .orElseThrow();

        List<ChairSuggestion> suggestions = review.suggestions();
        assertThat(suggestions.get(0).chairId()).isIn(alexs.getId(), sams.getId());
        assertThat(suggestions.get(1).chairId()).isIn(alexs.getId(), sams.getId());
        assertThat(suggestions.stream().filter(s -> s.chairId() == alexs.getId()).findFirst().orElseThrow().reasons())
            .contains("Chaired Alex's last conference on 12 January 2017");
        assertThat(suggestions.stream().filter(s -> s.chairId() == sams.getId()).findFirst().orElseThrow().reasons())
            .contains("Chaired Sam's last conference (a sibling) on 11 January 2017");
    }

    @Test
    void aReviewIsAllocatedToTheChairOfTheConferenceBeforeUntilTheManagerAllocatesAnother() {
        long alex = fixture.aChild("Alex");
        Chair previous = fixture.aChair("Previous Chair");
        hold(fixture.anInitialConference(alex), previous, LocalDate.of(2017, 1, 12));
        RequestRow review = allocation.allocation(SUPPORT, null, null, 0).stream()
            .filter(r -> r.children().size() == 1 && r.children().get(0).id() == alex)
            .findFirst()
            .orElseThrow();
        assertThat(review.allocatedChair()).isEqualTo(previous.getName());

        Chair other = fixture.aChair("Other Chair");
        bookings.allocate(new ConferenceId(review.conferenceId()), other.getId(), SUPPORT);

        assertThat(allocation.allocation(SUPPORT, null, null, 0).stream()
            .filter(r -> r.conferenceId() == review.conferenceId())
            .findFirst()
            .orElseThrow()
            .allocatedChair()).isEqualTo(other.getName());
    }

    private void hold(ConferenceId icpc, Chair chair, LocalDate on) {
        conferenceService.recordBooking(icpc, chair.getId(), on);
        outcomes.record(icpc, new OutcomeRequest(on, true, "NEG", null, null, null, List.of(), null, null, null),
                "system");
    }

    private List<String> audit(ConferenceId id) {
        return jdbc.sql("SELECT action FROM audit_entry WHERE record_type = 'Conference' AND record_id = :id ORDER BY id")
            .param("id", String.valueOf(id.value()))
            .query(String.class)
            .list();
    }
}

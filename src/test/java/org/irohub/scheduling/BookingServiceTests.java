package org.irohub.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.irohub.calendar.BankHoliday;
import org.irohub.protection.ConferenceId;
import org.irohub.protection.ConferenceStatus;
import org.irohub.protection.participation.InviteeDetails;
import org.irohub.scheduling.internal.Booking;
import org.irohub.scheduling.internal.BookingDetails;
import org.irohub.scheduling.internal.SchedulingDates;
import org.irohub.scheduling.internal.SchedulingException;
import org.irohub.scheduling.internal.Slot;
import org.irohub.staff.CaseInvolvement;
import org.irohub.staff.internal.Chair;
import org.irohub.staff.internal.Room;
import org.junit.jupiter.api.Test;

/** Booking a conference: what is checked before anything is written, and what a booking records. */
class BookingServiceTests extends SchedulingServiceTestBase {

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
}

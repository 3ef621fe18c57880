package org.irohub.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalTime;

import org.irohub.protection.ConferenceId;
import org.irohub.protection.ConferenceStatus;
import org.irohub.scheduling.internal.Booking;
import org.irohub.scheduling.internal.BookingChange;
import org.irohub.scheduling.internal.SchedulingException;
import org.irohub.scheduling.internal.Slot;
import org.irohub.staff.internal.Chair;
import org.irohub.staff.internal.Room;
import org.junit.jupiter.api.Test;

/** Rebooking and cancelling: the history kept, and the slot freed. */
class BookingChangesTests extends SchedulingServiceTestBase {

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
}

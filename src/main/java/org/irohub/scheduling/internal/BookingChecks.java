package org.irohub.scheduling.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import org.irohub.calendar.WorkingDays;
import org.irohub.protection.ConferenceId;
import org.irohub.scheduling.InviteeCount;
import org.irohub.staff.CaseInvolvement;
import org.irohub.staff.ChairDirectory;
import org.irohub.staff.ChairId;
import org.irohub.staff.ChairIndependencePolicy;
import org.irohub.staff.ChairProfile;
import org.irohub.staff.Independence;
import org.irohub.staff.RoomSummary;
import org.irohub.staff.VenueDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every check before a booking is written, kept apart from the writing so {@link BookingService} reads as its
 * use cases. The input comes first (all problems at once), then the chair's independence, then, under the
 * {@link BookingLock}, the chair's day, the room's and whether the room seats everyone invited.
 */
@Component
class BookingChecks {

    /** A booking that passed every check, with the input cleaned. */
    record Checked(Slot slot, RoomSummary room, ChairProfile chair, String minuteTaker, BookingRequest request,
            CaseInvolvement people) {
    }

    private final BookingLock lock;
    private final DayBookings dayBookings;
    private final ChairDirectory chairs;
    private final VenueDirectory venues;
    private final ChairIndependencePolicy independence;
    private final MinuteTakers minuteTakers;
    private final ObjectProvider<InviteeCount> inviteeCounts;
    private final WorkingDays workingDays;
    private final Clock clock;

    BookingChecks(BookingLock lock, DayBookings dayBookings, ChairDirectory chairs, VenueDirectory venues,
            ChairIndependencePolicy independence, MinuteTakers minuteTakers, ObjectProvider<InviteeCount> inviteeCounts,
            WorkingDays workingDays, Clock clock) {
        this.lock = lock;
        this.dayBookings = dayBookings;
        this.chairs = chairs;
        this.venues = venues;
        this.independence = independence;
        this.minuteTakers = minuteTakers;
        this.inviteeCounts = inviteeCounts;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /**
     * @param people the case's people sent with the booking, or null to use those on the request
     * @param bookingId the booking being moved (not a clash with itself), or null for a new one
     * @throws SchedulingException naming the field at fault
     */
    Checked check(ConferenceId id, BookingRequest request, BookingDetails details, CaseInvolvement people,
            Long bookingId) {
        Map<String, String> errors = new LinkedHashMap<>();
        checkInput(details, errors);
        String minuteTaker = details.minuteTaker() == null ? "" : details.minuteTaker().trim();
        CaseInvolvement cleanPeople = people == null ? null
                : CasePeople.clean(CasePeople.merge(request.involvement(), people), errors);
        if (!errors.isEmpty()) {
            throw new SchedulingException(errors);
        }
        Slot slot = Slot.of(details.date(), details.start(), details.end());
        ChairProfile chair = activeChair(details.chairId());
        RoomSummary room = venues.activeRooms().stream()
            .filter(r -> r.id().value() == details.roomId())
            .findFirst()
            .orElseThrow(() -> SchedulingException.invalid("roomId", "Select a room that is still in use"));
        requireIndependent(chair, cleanPeople == null ? request.involvement() : cleanPeople);

        // Taken before reading the day so a booking made meanwhile by someone else is seen, not overwritten.
        lock.take();
        List<Booking> sameDay = dayBookings.othersOn(slot.date(), id.value()).stream()
            .filter(b -> !Objects.equals(b.getId(), bookingId))
            .toList();
        requireChairFree(chair, slot, sameDay);
        requireRoomFree(room, slot, sameDay);
        InviteeCount counts = inviteeCounts.getIfAvailable();
        tooSmall(room, counts == null ? OptionalInt.empty() : counts.invitees(id.value())).ifPresent(message -> {
            throw SchedulingException.unprocessable("roomId", message);
        });
        return new Checked(slot, room, chair, minuteTakers.normalise(minuteTaker), request, cleanPeople);
    }

    private void checkInput(BookingDetails details, Map<String, String> errors) {
        LocalDate today = LocalDate.now(clock);
        if (details.date() == null) {
            errors.put("date", "Enter the date of the conference");
        }
        else if (details.date().isBefore(today)) {
            errors.put("date", "The date of the conference must be today or in the future");
        }
        else if (!workingDays.isWorkingDay(details.date())) {
            errors.put("date", SchedulingDates.format(details.date())
                    + " is a bank holiday or a weekend: choose a working day");
        }
        if (details.start() == null) {
            errors.put("start", "Enter the time the conference starts");
        }
        else if (details.date() != null && details.date().equals(today)
                && details.date().atTime(details.start()).isBefore(LocalDateTime.now(clock))) {
            errors.put("start", "The start time has already passed today");
        }
        if (details.start() != null && details.end() != null && !details.end().isAfter(details.start())) {
            errors.put("end", "The end time must be after the start time");
        }
        if (details.roomId() == null) {
            errors.put("roomId", "Select a room");
        }
        if (details.chairId() == null) {
            errors.put("chairId", "Select a chair");
        }
        String minuteTaker = details.minuteTaker() == null ? "" : details.minuteTaker().trim();
        if (minuteTaker.isEmpty()) {
            errors.put("minuteTaker", "Enter who will take the minutes");
        }
        else if (minuteTaker.length() > CasePeople.MAX_NAME) {
            errors.put("minuteTaker", "The minute-taker's name must be " + CasePeople.MAX_NAME + " characters or fewer");
        }
    }

    private static void requireChairFree(ChairProfile chair, Slot slot, List<Booking> sameDay) {
        ChairAvailability availability = ChairAvailability.of(chair, slot, sameDay.stream()
            .filter(b -> b.getChairId() == chair.id().value())
            .map(Booking::slot)
            .toList());
        switch (availability.kind()) {
            case NOT_WORKING -> throw SchedulingException.unprocessable("chairId", availability.refusal(chair.name()));
            case CLASH, DAY_FULL -> throw SchedulingException.conflict("chairId", availability.refusal(chair.name()));
            case FREE -> {
                // nothing to refuse
            }
        }
    }

    private static void requireRoomFree(RoomSummary room, Slot slot, List<Booking> sameDay) {
        sameDay.stream()
            .filter(b -> b.getRoomId() == room.id().value())
            .map(Booking::slot)
            .filter(slot::clashesWith)
            .findFirst()
            .ifPresent(clash -> {
                throw SchedulingException.conflict("roomId", room.label() + " is already booked " + clash.describe());
            });
    }

    /**
     * Why the room is too small for the people invited, or empty when it is big enough, has no fixed number of
     * seats (a video call) or nobody knows yet how many are invited.
     */
    static Optional<String> tooSmall(RoomSummary room, OptionalInt invited) {
        if (invited.isEmpty() || room.capacity() == null || room.capacity() >= invited.getAsInt()) {
            return Optional.empty();
        }
        return Optional.of(room.label() + " seats " + room.capacity() + " but " + invited.getAsInt()
                + " people are invited: choose a larger room or a video call");
    }

    ChairProfile activeChair(Long chairId) {
        if (chairId == null) {
            throw SchedulingException.invalid("chairId", "Select a chair");
        }
        return chairs.find(new ChairId(chairId))
            .filter(ChairProfile::active)
            .orElseThrow(() -> SchedulingException.invalid("chairId", "Select a chair who is still in the service"));
    }

    void requireIndependent(ChairProfile chair, CaseInvolvement involvement) {
        Independence answer = independence.assess(chair, involvement);
        if (!answer.independent()) {
            throw SchedulingException.unprocessable("chairId",
                    chair.name() + " is not independent of this case: " + answer.reason());
        }
    }
}

package org.irohub.scheduling.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.irohub.audit.AuditEvent;
import org.irohub.audit.AuditLog;
import org.irohub.calendar.WorkingDays;
import org.irohub.children.ChildDirectory;
import org.irohub.children.ChildId;
import org.irohub.protection.Conference;
import org.irohub.protection.ConferenceId;
import org.irohub.protection.ConferenceQueries;
import org.irohub.protection.ConferenceService;
import org.irohub.protection.ConferenceStatus;
import org.irohub.protection.ConferenceSummary;
import org.irohub.staff.CaseInvolvement;
import org.irohub.staff.ChairDirectory;
import org.irohub.staff.ChairId;
import org.irohub.staff.ChairProfile;
import org.irohub.staff.RoomId;
import org.irohub.staff.RoomSummary;
import org.irohub.staff.VenueDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the allocation page, the booking list and the booking page show: requests to book with their due dates
 * in working days, overdue first, and chairs suggested for a proposed slot. Each list view is audited once;
 * the names of children the user may not see are left out.
 */
@Service
public class AllocationService {

    /** Proposed when nobody has said otherwise: a morning start, on the due date or the next working day. */
    public static final LocalTime DEFAULT_START = LocalTime.of(10, 0);

    private final ConferenceQueries conferenceQueries;
    private final ConferenceService conferences;
    private final BookingService bookingService;
    private final Bookings bookings;
    private final BookingRequests requests;
    private final ChairDirectory chairs;
    private final VenueDirectory venues;
    private final ChildDirectory children;
    private final ChairSuggestions suggestions;
    private final MinuteTakers minuteTakers;
    private final WorkingDays workingDays;
    private final AuditLog audit;
    private final Clock clock;

    AllocationService(ConferenceQueries conferenceQueries, ConferenceService conferences, BookingService bookingService,
            Bookings bookings, BookingRequests requests, ChairDirectory chairs, VenueDirectory venues,
            ChildDirectory children, ChairSuggestions suggestions, MinuteTakers minuteTakers,
            WorkingDays workingDays, AuditLog audit, Clock clock) {
        this.conferenceQueries = conferenceQueries;
        this.conferences = conferences;
        this.bookingService = bookingService;
        this.bookings = bookings;
        this.requests = requests;
        this.chairs = chairs;
        this.venues = venues;
        this.children = children;
        this.suggestions = suggestions;
        this.minuteTakers = minuteTakers;
        this.workingDays = workingDays;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The manager's allocation list: every open request not yet booked, overdue first then by due date, each
     * with up to {@code maxSuggestions} chairs suggested.
     *
     * @param date the proposed date for every request, or null for each request's own default
     * @param start the proposed start, or null for {@link #DEFAULT_START}
     */
    @Transactional
    public List<RequestRow> allocation(String username, LocalDate date, LocalTime start, int maxSuggestions) {
        ChairSuggestions.Batch batch = suggestions.batch();
        List<RequestRow> rows = unbooked().stream()
            .map(c -> row(c, username, date, start, maxSuggestions, batch))
            .toList();
        audit.record(AuditEvent.success("ALLOCATION_VIEWED", "Allocation", null).withDetail("requests=" + rows.size()));
        return rows;
    }

    /** Business support's list: requests to book (without suggestions) and booked conferences from today. */
    public record BookingList(List<RequestRow> toBook, List<UpcomingRow> upcoming) {
    }

    @Transactional
    public BookingList bookingList(String username) {
        ChairSuggestions.Batch batch = suggestions.batch();
        List<RequestRow> toBook = unbooked().stream().map(c -> row(c, username, null, null, 0, batch)).toList();
        LocalDate today = LocalDate.now(clock);
        Map<Long, ConferenceSummary> open = new HashMap<>();
        conferenceQueries.open().forEach(c -> open.put(c.id(), c));
        Function<String, String> taker = minuteTakers.describer();
        List<UpcomingRow> upcoming = bookings.findBookedBetween(today, LocalDate.of(9999, 12, 31)).stream()
            .filter(b -> open.containsKey(b.getConferenceId()))
            .map(b -> {
                ConferenceSummary c = open.get(b.getConferenceId());
                List<ChildLine> lines = childLines(c.childIds(), username);
                boolean visible = lines.stream().noneMatch(ChildLine::hidden);
                return new UpcomingRow(b, c.type(), lines, visible, chairName(b.getChairId()),
                        roomLabel(b.getRoomId()), venues.room(new RoomId(b.getRoomId())).map(RoomSummary::virtual)
                            .orElse(false),
                        taker.apply(b.getMinuteTaker()));
            })
            .toList();
        audit.record(AuditEvent.success("BOOKING_LIST_VIEWED", "Allocation", null)
            .withDetail("requests=" + toBook.size() + ", booked=" + upcoming.size()));
        return new BookingList(toBook, upcoming);
    }

    /**
     * The booking page of one conference. Reading it is a view of the conference (access-checked, audited).
     *
     * @param proposed the slot to suggest chairs for, or null: the booking's own, else the default
     * @param people the case's people as typed on the page, or null for those on the request
     */
    @Transactional
    public BookingView bookingView(ConferenceId id, String username, Slot proposed, CaseInvolvement people) {
        Conference conference = conferences.view(id, username);
        BookingRequest request = conference.getStatus().isOpen() ? bookingService.request(id)
                : requests.findById(id.value()).orElse(BookingRequest.of(id.value(), conference.getDueDate(),
                        clock.instant()));
        Booking booking = bookings.findByConferenceId(id.value()).orElse(null);
        Slot slot = proposed != null ? proposed
                : booking != null && booking.isBooked() ? booking.slot() : defaultSlot(conference.getDueDate());
        CaseInvolvement involvement = people != null ? people : request.involvement();
        List<ChairSuggestion> suggested = conference.getStatus().isOpen()
                ? suggestions.suggest(suggestions.batch(), conference.getChildIds(), id.value(), involvement, slot,
                        username)
                : List.of();
        Map<Long, String> chairNames = new HashMap<>();
        Map<Long, String> roomLabels = new HashMap<>();
        if (booking != null) {
            chairNames.put(booking.getChairId(), chairName(booking.getChairId()));
            roomLabels.put(booking.getRoomId(), roomLabel(booking.getRoomId()));
            booking.getChanges().forEach(c -> {
                chairNames.computeIfAbsent(c.previousChairId(), this::chairName);
                roomLabels.computeIfAbsent(c.previousRoomId(), this::roomLabel);
            });
        }
        Long allocated = request.getAllocatedChairId() != null ? request.getAllocatedChairId() : conference.getChairId();
        Due due = due(conference.getDueDate());
        return new BookingView(conference, childLines(conference.getChildIds(), username),
                conference.getStatus().isOpen() ? due.text() : null, due.overdue(), request, booking, slot,
                suggested, venues.activeRooms(), chairNames, roomLabels,
                booking == null ? null : minuteTakers.describe(booking.getMinuteTaker()),
                allocated == null ? null : chairName(allocated), allocated);
    }

    /** The slot proposed for a conference nobody has proposed one for: the due date, or the next working day once it is past. */
    public Slot defaultSlot(LocalDate due) {
        LocalDate today = LocalDate.now(clock);
        LocalDate date = due.isAfter(today) ? due : workingDays.addWorkingDays(today, 1);
        return Slot.of(date, DEFAULT_START, null);
    }

    private List<ConferenceSummary> unbooked() {
        return conferenceQueries.open().stream()
            .filter(c -> c.status() == ConferenceStatus.REQUESTED)
            .sorted(Comparator.comparing(ConferenceSummary::dueDate).thenComparing(ConferenceSummary::id))
            .toList();
    }

    private RequestRow row(ConferenceSummary c, String username, LocalDate date, LocalTime start, int maxSuggestions,
            ChairSuggestions.Batch batch) {
        List<ChildLine> lines = childLines(c.childIds(), username);
        boolean visible = lines.stream().noneMatch(ChildLine::hidden);
        Optional<BookingRequest> request = requests.findById(c.id());
        Slot slot = date == null ? defaultSlot(c.dueDate())
                : Slot.of(date, start == null ? DEFAULT_START : start, null);
        List<ChairSuggestion> suggested = visible && maxSuggestions > 0
                ? suggestions.suggest(batch, c.childIds(), c.id(), request.map(BookingRequest::involvement)
                    .orElse(new CaseInvolvement(null, null, null)), slot, username)
                    .stream().limit(maxSuggestions).toList()
                : List.of();
        Long allocatedId = request.map(BookingRequest::getAllocatedChairId).orElse(c.chairId());
        Due due = due(c.dueDate());
        return new RequestRow(c.id(), c.type(), c.status(), lines, visible, c.dueDate(), due.workingDaysLeft(),
                due.text(), due.overdue(), visible && allocatedId != null ? chairName(allocatedId) : null,
                visible ? allocatedId : null, slot, suggested);
    }

    private List<ChildLine> childLines(List<Long> childIds, String username) {
        boolean all = childIds.stream().allMatch(id -> children.canAccess(new ChildId(id), username));
        return childIds.stream()
            .map(id -> all ? children.find(new ChildId(id))
                .map(c -> new ChildLine(id, c.fullName(), c.laChildId()))
                .orElse(new ChildLine(id, null, null)) : new ChildLine(id, null, null))
            .toList();
    }

    private record Due(int workingDaysLeft, String text, boolean overdue) {
    }

    private Due due(LocalDate due) {
        LocalDate today = LocalDate.now(clock);
        if (due.equals(today)) {
            return new Due(0, "Due today", false);
        }
        if (due.isAfter(today)) {
            int left = workingDays.workingDaysBetween(today, due);
            return new Due(left, left + (left == 1 ? " working day left" : " working days left"), false);
        }
        int late = Math.max(1, workingDays.workingDaysBetween(due, today));
        return new Due(-late, "Overdue by " + late + (late == 1 ? " working day" : " working days"), true);
    }

    /** The chair's name and the room's label of a booking. */
    public record Names(String chair, String room) {
    }

    @Transactional(readOnly = true)
    public Names names(Booking booking) {
        return new Names(chairName(booking.getChairId()), roomLabel(booking.getRoomId()));
    }

    public String chairName(long id) {
        return id > 0 ? chairs.find(new ChairId(id)).map(ChairProfile::name).orElse("Chair " + id) : "Chair " + id;
    }

    String roomLabel(long id) {
        return id > 0 ? venues.room(new RoomId(id)).map(RoomSummary::label).orElse("Room " + id) : "Room " + id;
    }
}

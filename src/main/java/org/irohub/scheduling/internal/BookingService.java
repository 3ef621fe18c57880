package org.irohub.scheduling.internal;

import java.time.Clock;
import java.util.Optional;

import org.irohub.audit.AuditEvent;
import org.irohub.audit.AuditLog;
import org.irohub.protection.Conference;
import org.irohub.protection.ConferenceId;
import org.irohub.protection.ConferenceQueries;
import org.irohub.protection.ConferenceService;
import org.irohub.protection.ConferenceSummary;
import org.irohub.scheduling.BookingCancelled;
import org.irohub.scheduling.BookingSummary;
import org.irohub.scheduling.ConferenceBooked;
import org.irohub.scheduling.ConferenceRebooked;
import org.irohub.staff.CaseInvolvement;
import org.irohub.staff.ChairProfile;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books, rebooks and cancels conferences. Each is one transaction: the booking, the conference's chair and
 * date (protection), the audit entry and the event; a refusal writes nothing. Clashes are checked under the
 * {@link BookingLock}, so two people booking one chair or room at once cannot both succeed.
 */
@Service
public class BookingService {

    static final int MAX_REASON = 1000;

    private final Bookings bookings;
    private final BookingRequests requests;
    private final BookingLock lock;
    private final BookingChecks checks;
    private final ConferenceService conferences;
    private final ConferenceQueries conferenceQueries;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BookingService(Bookings bookings, BookingRequests requests, BookingLock lock, BookingChecks checks,
            ConferenceService conferences, ConferenceQueries conferenceQueries, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.bookings = bookings;
        this.requests = requests;
        this.lock = lock;
        this.checks = checks;
        this.conferences = conferences;
        this.conferenceQueries = conferenceQueries;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Booking> find(ConferenceId id) {
        return bookings.findByConferenceId(id.value());
    }

    /** The conference's booking for someone who may see the conference (access-checked and audited as a view). */
    @Transactional
    public Optional<Booking> view(ConferenceId id, String username) {
        conferences.view(id, username);
        return bookings.findByConferenceId(id.value());
    }

    /** The conference's request to book, made now if protection requested it before scheduling kept requests. */
    @Transactional
    public BookingRequest request(ConferenceId id) {
        return requests.findById(id.value()).orElseGet(() -> {
            ConferenceSummary conference = conferenceQueries.find(id.value())
                .orElseThrow(() -> new org.irohub.protection.ConferenceNotFoundException(id.value()));
            return requests.save(BookingRequest.of(id.value(), conference.dueDate(), clock.instant()));
        });
    }

    /** Enters the case's social worker, team manager and team (blank for not known) for the independence check. */
    @Transactional
    public BookingRequest changeCasePeople(ConferenceId id, Integer version, CaseInvolvement people, String username) {
        conferences.view(id, username);
        BookingRequest request = request(id);
        if (version != null && !version.equals(request.getVersion())) {
            throw staleRequest();
        }
        request.changeCasePeople(CasePeople.clean(people));
        BookingRequest saved = save(request);
        audit.record(AuditEvent.success("BOOKING_REQUEST_UPDATED", "Conference", id.value()));
        return saved;
    }

    /** The manager allocates a chair before the conference is booked; the chair must be independent of the case. */
    @Transactional
    public BookingRequest allocate(ConferenceId id, Long chairId, String username) {
        Conference conference = conferences.view(id, username);
        requireOpen(conference, "allocate a chair to");
        BookingRequest request = request(id);
        ChairProfile chair = checks.activeChair(chairId);
        checks.requireIndependent(chair, request.involvement());
        request.allocate(chair.id().value());
        BookingRequest saved = save(request);
        audit.record(AuditEvent.success("CONFERENCE_ALLOCATED", "Conference", id.value())
            .withDetail("chair=" + chair.id()));
        return saved;
    }

    /**
     * Books the conference.
     *
     * @param people the case's people when sent with the booking (each sent replaces the one on the request; a
     *        blank one clears it), or null
     */
    @Transactional
    public Booking book(ConferenceId id, BookingDetails details, CaseInvolvement people, String username) {
        Conference conference = conferences.view(id, username);
        requireOpen(conference, "book");
        Optional<Booking> existing = bookings.findByConferenceId(id.value());
        if (existing.isPresent()) {
            throw SchedulingException.conflict("date", existing.get().isBooked()
                    ? "This conference is already booked. Rebook it to change its date, time, room or chair"
                    : "This conference's booking was cancelled; it cannot be booked again");
        }
        BookingChecks.Checked checked = checks.check(id, request(id), details, people, null);
        Booking booking = Booking.book(id.value(), checked.slot(), checked.room().id().value(),
                checked.chair().id().value(), checked.minuteTaker(), username, clock.instant());
        Booking saved = bookings.save(booking);
        keepCasePeople(checked);
        conferences.recordBooking(id, checked.chair().id().value(), checked.slot().date());
        audit.record(AuditEvent.success("BOOKING_MADE", "Conference", id.value()).withDetail(detail(saved)));
        events.publishEvent(new ConferenceBooked(saved.summary()));
        return saved;
    }

    /** Moves a booking; the reason is required and what it replaces is kept in its history. */
    @Transactional
    public Booking rebook(ConferenceId id, Integer version, BookingDetails details, String reason,
            CaseInvolvement people, String username) {
        Conference conference = conferences.view(id, username);
        requireOpen(conference, "rebook");
        Booking booking = currentBooking(id, version);
        String why = requireReason(reason, "Say why the conference is being rebooked");
        BookingChecks.Checked checked = checks.check(id, request(id), details, people, booking.getId());
        BookingSummary before = booking.summary();
        if (checked.slot().equals(booking.slot()) && checked.room().id().value() == booking.getRoomId()
                && checked.chair().id().value() == booking.getChairId()
                && checked.minuteTaker().equals(booking.getMinuteTaker())) {
            throw SchedulingException.invalid("date",
                    "Nothing has changed: change the date, time, room, chair or minute-taker to rebook");
        }
        booking.rebook(checked.slot(), checked.room().id().value(), checked.chair().id().value(),
                checked.minuteTaker(), why, username, clock.instant());
        Booking saved = save(booking);
        keepCasePeople(checked);
        conferences.recordBooking(id, checked.chair().id().value(), checked.slot().date());
        audit.record(AuditEvent.success("BOOKING_CHANGED", "Conference", id.value()).withDetail(detail(saved)));
        events.publishEvent(new ConferenceRebooked(before, saved.summary(), why));
        return saved;
    }

    /** Cancels the booking and the conference, with the reason. */
    @Transactional
    public Booking cancel(ConferenceId id, Integer version, String reason, String username) {
        Conference conference = conferences.view(id, username);
        Booking booking = currentBooking(id, version);
        String why = requireReason(reason, "Say why the conference is cancelled");
        lock.take();
        conferences.cancel(id, conference.getVersion(), why, username);
        booking.cancel(why, username, clock.instant());
        Booking saved = save(booking);
        audit.record(AuditEvent.success("BOOKING_CANCELLED", "Conference", id.value())
            .withDetail("booking=" + saved.getId()));
        events.publishEvent(new BookingCancelled(saved.summary(), why));
        return saved;
    }

    private void keepCasePeople(BookingChecks.Checked checked) {
        if (checked.people() != null) {
            checked.request().changeCasePeople(checked.people());
            save(checked.request());
        }
    }

    private Booking currentBooking(ConferenceId id, Integer version) {
        if (version == null) {
            throw SchedulingException.invalid("version",
                    "Send the booking's version (from GET /api/conferences/{id}/booking) so a change made meanwhile is not overwritten");
        }
        Booking booking = bookings.findByConferenceId(id.value())
            .filter(Booking::isBooked)
            .orElseThrow(() -> SchedulingException.conflict("booking", "This conference is not booked"));
        if (!version.equals(booking.getVersion())) {
            throw staleBooking();
        }
        return booking;
    }

    private static void requireOpen(Conference conference, String action) {
        if (!conference.getStatus().isOpen()) {
            throw SchedulingException.conflict("status", "You cannot " + action + " a conference that is "
                    + conference.getStatus().name().toLowerCase().replace('_', ' '));
        }
    }

    private static String requireReason(String reason, String message) {
        if (reason == null || reason.isBlank()) {
            throw SchedulingException.invalid("reason", message);
        }
        String why = reason.trim();
        if (why.length() > MAX_REASON) {
            throw SchedulingException.invalid("reason", "The reason must be " + MAX_REASON + " characters or fewer");
        }
        return why;
    }

    private Booking save(Booking booking) {
        try {
            return bookings.save(booking);
        }
        catch (OptimisticLockingFailureException e) {
            throw staleBooking();
        }
    }

    private BookingRequest save(BookingRequest request) {
        try {
            return requests.save(request);
        }
        catch (OptimisticLockingFailureException e) {
            throw staleRequest();
        }
    }

    private static SchedulingException staleBooking() {
        return SchedulingException.conflict("version", "Someone else changed this booking while you were working on "
                + "it. Reload it to see their change, then try again");
    }

    private static SchedulingException staleRequest() {
        return SchedulingException.conflict("version", "Someone else changed this request while you were working on "
                + "it. Reload it to see their change, then try again");
    }

    /** Identifiers only: names are personal data and stay in their records. */
    private static String detail(Booking b) {
        return "booking=" + b.getId() + ", date=" + b.getDate() + ", start=" + b.getStart() + ", end=" + b.getEnd()
                + ", room=" + b.getRoomId() + ", chair=" + b.getChairId();
    }
}

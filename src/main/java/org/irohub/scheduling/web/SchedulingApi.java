package org.irohub.scheduling.web;

import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.irohub.protection.ConferenceId;
import org.irohub.scheduling.SchedulingRoles;
import org.irohub.scheduling.internal.AllocationService;
import org.irohub.scheduling.internal.Booking;
import org.irohub.scheduling.internal.BookingDetails;
import org.irohub.scheduling.internal.BookingService;
import org.irohub.scheduling.internal.SchedulingException;
import org.irohub.staff.CaseInvolvement;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@Tag(name = "Scheduling", description = "Allocation of conference requests to chairs, and booking: date, time, "
        + "room, chair and minute-taker")
class SchedulingApi {

    private final AllocationService allocation;
    private final BookingService bookings;

    SchedulingApi(AllocationService allocation, BookingService bookings) {
        this.allocation = allocation;
        this.bookings = bookings;
    }

    @GetMapping("/api/allocation")
    @PreAuthorize(SchedulingRoles.ALLOCATE)
    @Operation(summary = "Requests not yet booked, overdue first, with suggested chairs and their reasons",
            description = "Each request's due date, working days left (negative when overdue) and the chairs "
                    + "suggested for a proposed slot, best first: continuity, then free in the slot, then lowest "
                    + "caseload per FTE; chairs not independent of the case last. date and start (10:00) propose "
                    + "one slot for every request; by default each request's due date (or the next working day "
                    + "once overdue) at 10:00.")
    List<AllocationJson> allocation(@RequestParam(required = false) LocalDate date,
            @RequestParam(required = false) String start, Principal principal) {
        Map<String, String> errors = new LinkedHashMap<>();
        var time = BookingDetails.time(start, "start", "start", errors);
        if (!errors.isEmpty()) {
            throw SchedulingException.invalid("start", "Parameter 'start' must be a time such as 10:00");
        }
        return allocation.allocation(principal.getName(), date, time, Integer.MAX_VALUE).stream()
            .map(AllocationJson::of)
            .toList();
    }

    /** The body of a booking, a rebooking or a cancellation; which fields count depends on which. */
    record BookingBody(String date, String start, String end, Long roomId, Long chairId, String minuteTaker,
            String socialWorker, String teamManager, String team, String reason, Integer version) {

        BookingDetails details() {
            return BookingDetails.parse(date, start, end, roomId == null ? null : roomId.toString(),
                    chairId == null ? null : chairId.toString(), minuteTaker);
        }

        CaseInvolvement people() {
            if (socialWorker == null && teamManager == null && team == null) {
                return null;
            }
            return new CaseInvolvement(socialWorker, teamManager, team);
        }
    }

    @GetMapping("/api/conferences/{id}/booking")
    @PreAuthorize(SchedulingRoles.BOOK)
    @Operation(summary = "A conference's booking, with its history of rebookings")
    ResponseEntity<BookingJson> booking(@PathVariable long id, Principal principal) {
        Booking booking = bookings.view(new ConferenceId(id), principal.getName())
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "Conference " + id + " has not been booked"));
        return ResponseEntity.ok().eTag(String.valueOf(booking.getVersion())).body(json(booking));
    }

    @PostMapping("/api/conferences/{id}/booking")
    @PreAuthorize(SchedulingRoles.BOOK)
    @Operation(summary = "Book a conference",
            description = "{date: 2017-01-10, start: 10:00, end?: 11:30 (default an hour and a half), roomId, "
                    + "chairId, minuteTaker (a name, or a business support username), socialWorker?, teamManager?, "
                    + "team?}. The case's people sent replace those on the request and are used for the "
                    + "independence check. A chair or room already booked at an overlapping time, or a chair at "
                    + "their daily limit: 409 naming chairId or roomId. A chair not independent of the case, or "
                    + "not working that day: 422. Bad input or a date in the past: 400 naming the field.")
    ResponseEntity<BookingJson> book(@PathVariable long id, @RequestBody BookingBody body, Principal principal) {
        Booking booking = bookings.book(new ConferenceId(id), body.details(), body.people(), principal.getName());
        return ResponseEntity.created(URI.create("/api/conferences/" + id + "/booking")).body(json(booking));
    }

    @PutMapping("/api/conferences/{id}/booking")
    @PreAuthorize(SchedulingRoles.BOOK)
    @Operation(summary = "Rebook a conference",
            description = "The same fields as booking, plus reason (required) and version (the booking's, "
                    + "required). What the booking was is kept in its history with the reason.")
    BookingJson rebook(@PathVariable long id, @RequestBody BookingBody body, Principal principal) {
        return json(bookings.rebook(new ConferenceId(id), body.version(), body.details(), body.reason(),
                body.people(), principal.getName()));
    }

    record CancelBody(String reason, Integer version) {
    }

    @PostMapping("/api/conferences/{id}/booking/cancel")
    @PreAuthorize(SchedulingRoles.BOOK)
    @Operation(summary = "Cancel a booked conference, with the reason",
            description = "{reason, version (the booking's)}. The conference is cancelled too.")
    BookingJson cancel(@PathVariable long id, @RequestBody CancelBody body, Principal principal) {
        return json(bookings.cancel(new ConferenceId(id), body.version(), body.reason(), principal.getName()));
    }

    private BookingJson json(Booking booking) {
        var names = allocation.names(booking);
        return BookingJson.of(booking, names.room(), names.chair());
    }
}

package org.irohub.scheduling.web;

import java.security.Principal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.irohub.identity.Roles;
import org.irohub.protection.ConferenceId;
import org.irohub.protection.ProtectionException;
import org.irohub.scheduling.SchedulingRoles;
import org.irohub.scheduling.internal.AllocationService;
import org.irohub.scheduling.internal.Booking;
import org.irohub.scheduling.internal.BookingDetails;
import org.irohub.scheduling.internal.BookingService;
import org.irohub.scheduling.internal.BookingView;
import org.irohub.scheduling.internal.MinuteTakers;
import org.irohub.scheduling.internal.SchedulingDates;
import org.irohub.scheduling.internal.SchedulingException;
import org.irohub.scheduling.internal.Slot;
import org.irohub.staff.CaseInvolvement;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A conference's booking page: the people on the case, a proposed date and time with the chairs suggested for
 * it (each with its reasons), the room and the minute-taker. The same page rebooks a booked conference (with
 * the reason) or cancels it (with the reason). Every refusal is shown in the error summary and writes nothing.
 */
@Controller
class BookingPages {

    /** The booking form; {@code action} is "suggest" to show the chairs for the typed slot without booking. */
    record BookingForm(String dateDay, String dateMonth, String dateYear, String start, String end, String chairId,
            String roomId, String minuteTaker, String reason, Integer version, String action) {
    }

    record PeopleForm(String socialWorker, String teamManager, String team, Integer version) {
    }

    private final AllocationService allocation;
    private final BookingService bookings;
    private final MinuteTakers minuteTakers;

    BookingPages(AllocationService allocation, BookingService bookings, MinuteTakers minuteTakers) {
        this.allocation = allocation;
        this.bookings = bookings;
        this.minuteTakers = minuteTakers;
    }

    @GetMapping("/conferences/{id}/booking")
    @PreAuthorize(SchedulingRoles.BOOK)
    String show(@PathVariable long id, Principal principal, Model model) {
        BookingView view = allocation.bookingView(new ConferenceId(id), principal.getName(), null, null);
        return render(view, formFor(view), null, Map.of(), model);
    }

    @PostMapping("/conferences/{id}/booking")
    @PreAuthorize(SchedulingRoles.BOOK)
    String book(@PathVariable long id, BookingForm form, Principal principal, Model model,
            RedirectAttributes redirect) {
        ConferenceId conference = new ConferenceId(id);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate date = new DateBoxes(form.dateDay(), form.dateMonth(), form.dateYear()).read("date", errors);
        LocalTime start = BookingDetails.time(form.start(), "start", "The start time", errors);
        LocalTime end = BookingDetails.time(form.end(), "end", "The end time", errors);
        Slot typed = slot(date, start, end);
        if ("suggest".equals(form.action())) {
            if (date == null && !errors.containsKey("date")) {
                errors.put("date", "Enter the date of the conference");
            }
            if (start == null && !errors.containsKey("start")) {
                errors.put("start", "Enter the time the conference starts");
            }
            return render(view(conference, principal, typed), form, null, errors, model);
        }
        if (errors.isEmpty()) {
            try {
                BookingDetails details = BookingDetails.parse(date == null ? null : date.toString(),
                        start == null ? null : start.toString(), end == null ? null : end.toString(), form.roomId(),
                        form.chairId(), form.minuteTaker());
                boolean rebooking = bookings.find(conference).filter(Booking::isBooked).isPresent();
                Booking saved = rebooking
                        ? bookings.rebook(conference, form.version(), details, form.reason(), null, principal.getName())
                        : bookings.book(conference, details, null, principal.getName());
                redirect.addFlashAttribute("flash", (rebooking ? "Conference rebooked: " : "Conference booked: ")
                        + describe(saved));
                return "redirect:/conferences/" + id + "/booking";
            }
            catch (SchedulingException e) {
                errors.putAll(pageFields(e.errors()));
            }
            catch (ProtectionException e) {
                errors.put("booking", e.getMessage());
            }
        }
        return render(view(conference, principal, typed), form, null, errors, model);
    }

    @PostMapping("/conferences/{id}/allocation")
    @PreAuthorize(SchedulingRoles.ALLOCATE)
    String allocate(@PathVariable long id, BookingForm form, Principal principal, Model model,
            RedirectAttributes redirect) {
        ConferenceId conference = new ConferenceId(id);
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            Long chair = BookingDetails.parse(null, null, null, null, form.chairId(), null).chairId();
            var request = bookings.allocate(conference, chair, principal.getName());
            redirect.addFlashAttribute("flash", "Chair allocated: "
                    + allocation.chairName(request.getAllocatedChairId()));
            return "redirect:/conferences/" + id + "/booking";
        }
        catch (SchedulingException e) {
            errors.putAll(pageFields(e.errors()));
        }
        Map<String, String> ignored = new LinkedHashMap<>();
        LocalDate date = new DateBoxes(form.dateDay(), form.dateMonth(), form.dateYear()).read("date", ignored);
        Slot typed = slot(date, BookingDetails.time(form.start(), "start", "", ignored),
                BookingDetails.time(form.end(), "end", "", ignored));
        return render(view(conference, principal, typed), form, null, errors, model);
    }

    @PostMapping("/conferences/{id}/booking/people")
    @PreAuthorize(SchedulingRoles.BOOK)
    String people(@PathVariable long id, PeopleForm people, Principal principal, Model model,
            RedirectAttributes redirect) {
        ConferenceId conference = new ConferenceId(id);
        try {
            bookings.changeCasePeople(conference, people.version(),
                    new CaseInvolvement(people.socialWorker(), people.teamManager(), people.team()),
                    principal.getName());
            redirect.addFlashAttribute("flash", "People on the case saved");
            return "redirect:/conferences/" + id + "/booking";
        }
        catch (SchedulingException e) {
            BookingView view = allocation.bookingView(conference, principal.getName(), null,
                    new CaseInvolvement(people.socialWorker(), people.teamManager(), people.team()));
            return render(view, formFor(view), people, pageFields(e.errors()), model);
        }
    }

    @PostMapping("/conferences/{id}/booking/cancel")
    @PreAuthorize(SchedulingRoles.BOOK)
    String cancel(@PathVariable long id, String reason, Integer version, Principal principal, Model model,
            RedirectAttributes redirect) {
        ConferenceId conference = new ConferenceId(id);
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            bookings.cancel(conference, version, reason, principal.getName());
            redirect.addFlashAttribute("flash", "Conference cancelled");
            return "redirect:/bookings";
        }
        catch (SchedulingException e) {
            e.errors().forEach((field, message) -> errors.put("reason".equals(field) ? "cancelReason"
                    : pageField(field), message));
        }
        catch (ProtectionException e) {
            errors.put("cancelReason", e.getMessage());
        }
        BookingView view = allocation.bookingView(conference, principal.getName(), null, null);
        model.addAttribute("cancelReason", reason);
        return render(view, formFor(view), null, errors, model);
    }

    private BookingView view(ConferenceId conference, Principal principal, Slot proposed) {
        return allocation.bookingView(conference, principal.getName(), proposed, null);
    }

    private static Slot slot(LocalDate date, LocalTime start, LocalTime end) {
        if (date == null || start == null) {
            return null;
        }
        return end != null && end.isAfter(start) ? new Slot(date, start, end) : Slot.of(date, start, null);
    }

    /** The form as the page first shows it: the booking as it stands, or the proposed slot and allocated chair. */
    private static BookingForm formFor(BookingView view) {
        Slot slot = view.proposedSlot();
        DateBoxes date = DateBoxes.of(slot.date());
        Booking b = view.booking() != null && view.booking().isBooked() ? view.booking() : null;
        Long chair = b != null ? Long.valueOf(b.getChairId()) : view.allocatedChairId();
        return new BookingForm(date.day(), date.month(), date.year(), slot.start().toString(),
                b != null ? slot.end().toString() : "", chair == null ? null : chair.toString(),
                b == null ? null : String.valueOf(b.getRoomId()), b == null ? "" : b.getMinuteTaker(), "",
                b == null ? null : b.getVersion(), null);
    }

    private String render(BookingView view, BookingForm form, PeopleForm people, Map<String, String> errors,
            Model model) {
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        model.addAttribute("people", people != null ? people
                : new PeopleForm(view.request().getSocialWorker(), view.request().getTeamManager(),
                        view.request().getTeam(), view.request().getVersion()));
        model.addAttribute("errors", errors);
        model.addAttribute("eligible", view.suggestions().stream().filter(s -> !s.excluded()).toList());
        model.addAttribute("excluded", view.suggestions().stream().filter(s -> s.excluded()).toList());
        model.addAttribute("minuteTakers", minuteTakers.businessSupport());
        model.addAttribute("canAllocate", hasAnyRole(Roles.IRO_MANAGER, Roles.ADMIN));
        model.addAttribute("dates", new PageDates());
        if (!model.containsAttribute("cancelReason")) {
            model.addAttribute("cancelReason", "");
        }
        return "scheduling/booking";
    }

    private String describe(Booking b) {
        AllocationService.Names names = allocation.names(b);
        return SchedulingDates.withDay(b.getDate()) + " from " + b.getStart() + " to " + b.getEnd() + ", "
                + names.room() + ", chaired by " + names.chair();
    }

    /** Field names as the page's inputs are called, so each error summary link goes to its input. */
    private static Map<String, String> pageFields(Map<String, String> errors) {
        Map<String, String> page = new LinkedHashMap<>();
        errors.forEach((field, message) -> page.merge(pageField(field), message, (a, b) -> a + ". " + b));
        return page;
    }

    private static String pageField(String field) {
        return switch (field) {
            case "version", "status", "booking" -> "booking";
            default -> field;
        };
    }

    private static boolean hasAnyRole(String... roles) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream()
            .anyMatch(a -> Arrays.stream(roles).anyMatch(r -> a.getAuthority().equals("ROLE_" + r)));
    }
}

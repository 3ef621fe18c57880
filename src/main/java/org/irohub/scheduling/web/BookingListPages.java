package org.irohub.scheduling.web;

import java.security.Principal;

import org.irohub.scheduling.SchedulingRoles;
import org.irohub.scheduling.internal.AllocationService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Business support's booking list: requests to book, and booked conferences from today by date. */
@Controller
class BookingListPages {

    private final AllocationService allocation;

    BookingListPages(AllocationService allocation) {
        this.allocation = allocation;
    }

    @GetMapping("/bookings")
    @PreAuthorize(SchedulingRoles.BOOK)
    String bookings(Principal principal, Model model) {
        AllocationService.BookingList list = allocation.bookingList(principal.getName());
        model.addAttribute("toBook", list.toBook());
        model.addAttribute("upcoming", list.upcoming());
        model.addAttribute("dates", new PageDates());
        return "scheduling/bookings";
    }
}

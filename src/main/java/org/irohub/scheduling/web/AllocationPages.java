package org.irohub.scheduling.web;

import java.security.Principal;

import org.irohub.scheduling.SchedulingRoles;
import org.irohub.scheduling.internal.AllocationService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The manager's daily allocation page: requests not yet booked, overdue first, with the chairs suggested. */
@Controller
class AllocationPages {

    static final int SUGGESTIONS_SHOWN = 3;

    private final AllocationService allocation;

    AllocationPages(AllocationService allocation) {
        this.allocation = allocation;
    }

    @GetMapping("/allocation")
    @PreAuthorize(SchedulingRoles.ALLOCATE)
    String allocation(Principal principal, Model model) {
        model.addAttribute("rows", allocation.allocation(principal.getName(), null, null, SUGGESTIONS_SHOWN));
        model.addAttribute("dates", new PageDates());
        return "scheduling/allocation";
    }
}

package org.irohub.escalation.web;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import org.irohub.escalation.EscalationException;
import org.irohub.escalation.EscalationListKind;
import org.irohub.escalation.EscalationLists;
import org.irohub.escalation.EscalationRoles;
import org.irohub.escalation.EscalationTracker;
import org.irohub.identity.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The weekly tracker on a page, with the link to download the same rows as a workbook. */
@Controller
class EscalationTrackerPages {

    private final EscalationTracker tracker;
    private final EscalationLists lists;

    EscalationTrackerPages(EscalationTracker tracker, EscalationLists lists) {
        this.tracker = tracker;
        this.lists = lists;
    }

    @GetMapping("/escalations/tracker")
    @PreAuthorize(EscalationRoles.TRACKER)
    String tracker(@RequestParam(required = false) String agency, Principal principal, HttpServletRequest request,
            Model model) {
        String code = EscalationTrackerApi.agencyCode(agency);
        if (code != null && lists.find(EscalationListKind.AGENCY, code).isEmpty()) {
            throw new EscalationException(EscalationException.Kind.NOT_FOUND, "agency", "No agency " + code);
        }
        model.addAttribute("tracker", tracker.view(code, principal.getName()));
        model.addAttribute("agencies", lists.all(EscalationListKind.AGENCY));
        model.addAttribute("agency", code == null ? EscalationTrackerApi.ALL : code);
        model.addAttribute("canOpen", request.isUserInRole(Roles.IRO_MANAGER));
        return "escalation/tracker";
    }
}

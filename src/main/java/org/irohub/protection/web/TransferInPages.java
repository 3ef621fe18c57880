package org.irohub.protection.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.irohub.portal.DateInput;
import org.irohub.children.ChildDirectory;
import org.irohub.children.ChildId;
import org.irohub.protection.Conference;
import org.irohub.protection.NewTransferIn;
import org.irohub.protection.ProtectionException;
import org.irohub.protection.ProtectionRoles;
import org.irohub.protection.TransferInService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Requests a transfer-in conference for a child who has moved here with a plan from another authority. */
@Controller
@PreAuthorize(ProtectionRoles.CASE_WORK)
class TransferInPages {

    record Form(String notifiedDay, String notifiedMonth, String notifiedYear, String fromAuthority, String startDay,
            String startMonth, String startYear) {

        static Form empty() {
            return new Form("", "", "", "", "", "", "");
        }
    }

    private final TransferInService transfers;
    private final ChildDirectory children;

    TransferInPages(TransferInService transfers, ChildDirectory children) {
        this.transfers = transfers;
        this.children = children;
    }

    @GetMapping("/children/{childId}/transfers-in/new")
    String form(@PathVariable long childId, Principal principal, Model model) {
        return show(childId, Form.empty(), Map.of(), principal, model);
    }

    @PostMapping("/children/{childId}/transfers-in")
    String request(@PathVariable long childId, Form form, Principal principal, Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate notified = new DateInput(form.notifiedDay(), form.notifiedMonth(), form.notifiedYear())
            .read("notifiedOn", "the date the service was told of the move", true, errors);
        if (form.fromAuthority() == null || form.fromAuthority().isBlank()) {
            errors.put("fromAuthority", "Enter the authority the child has moved from");
        }
        LocalDate start = new DateInput(form.startDay(), form.startMonth(), form.startYear())
            .read("previousPlanStart", "the date the plan started there", true, errors);
        if (!errors.isEmpty()) {
            return show(childId, form, errors, principal, model);
        }
        try {
            Conference conference = transfers.request(new ChildId(childId), new NewTransferIn(notified, form.fromAuthority(),
                    start), principal.getName());
            redirect.addFlashAttribute("flash", "Transfer-in conference requested, due " + Dates.format(conference.getDueDate()));
            return "redirect:/conferences/" + conference.getId();
        }
        catch (ProtectionException e) {
            return show(childId, form, Map.of(e.field(), e.getMessage()), principal, model);
        }
    }

    private String show(long childId, Form form, Map<String, String> errors, Principal principal, Model model) {
        ChildId child = new ChildId(childId);
        children.checkAccess(child, principal.getName());
        model.addAttribute("child", children.get(child));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "protection/transfer-in";
    }
}

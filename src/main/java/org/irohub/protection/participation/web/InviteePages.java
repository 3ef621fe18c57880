package org.irohub.protection.participation.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.irohub.protection.ConferenceId;
import org.irohub.protection.ProtectionException;
import org.irohub.protection.participation.Agency;
import org.irohub.protection.participation.ConferenceInvitee;
import org.irohub.protection.participation.InviteeKind;
import org.irohub.protection.participation.ParticipationRoles;
import org.irohub.protection.participation.ParticipationService;
import org.irohub.protection.participation.ParticipationView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Who is invited to a conference, and each agency's report: add, change, remove while the conference is open. */
@Controller
@PreAuthorize(ParticipationRoles.INVITE)
class InviteePages {

    private final ParticipationService participation;

    InviteePages(ParticipationService participation) {
        this.participation = participation;
    }

    @GetMapping("/conferences/{id}/invitees")
    String list(@PathVariable long id, Principal principal, Model model) {
        ParticipationView view = participation.view(new ConferenceId(id), principal.getName());
        return list(view, InviteeForm.empty(view.version()), Map.of(), model);
    }

    @PostMapping("/conferences/{id}/invitees")
    String invite(@PathVariable long id, InviteeForm form, Principal principal, Model model, RedirectAttributes redirect) {
        try {
            ConferenceInvitee added = participation.invite(new ConferenceId(id), form.version(), form.details(), principal.getName());
            redirect.addFlashAttribute("flash", added.name() + " invited");
            return "redirect:/conferences/" + id + "/invitees";
        }
        catch (ProtectionException e) {
            return list(participation.view(new ConferenceId(id), principal.getName()), form, Map.of(e.field(), e.getMessage()), model);
        }
    }

    @GetMapping("/conferences/{id}/invitees/{inviteeId}")
    String edit(@PathVariable long id, @PathVariable int inviteeId, Principal principal, Model model) {
        ParticipationView view = participation.view(new ConferenceId(id), principal.getName());
        ConferenceInvitee invitee = invitee(view, inviteeId);
        return edit(view, invitee, InviteeForm.of(invitee, view.version()), ReportForm.of(invitee, view.version()), Map.of(), model);
    }

    @PostMapping("/conferences/{id}/invitees/{inviteeId}")
    String change(@PathVariable long id, @PathVariable int inviteeId, InviteeForm form, Principal principal, Model model,
            RedirectAttributes redirect) {
        try {
            participation.change(new ConferenceId(id), form.version(), inviteeId, form.details(), principal.getName());
            redirect.addFlashAttribute("flash", "Invitee changed");
            return "redirect:/conferences/" + id + "/invitees";
        }
        catch (ProtectionException e) {
            ParticipationView view = participation.view(new ConferenceId(id), principal.getName());
            ConferenceInvitee invitee = invitee(view, inviteeId);
            return edit(view, invitee, form, ReportForm.of(invitee, view.version()), Map.of(e.field(), e.getMessage()), model);
        }
    }

    @PostMapping("/conferences/{id}/invitees/{inviteeId}/report")
    String report(@PathVariable long id, @PathVariable int inviteeId, ReportForm form, Principal principal, Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate received = FormDates.read("receivedOn", "The date the report was received", form.receivedDay(),
                form.receivedMonth(), form.receivedYear(), errors);
        if (form.expected() == null) {
            errors.put("expected", "Select whether a report is expected");
        }
        if (errors.isEmpty()) {
            try {
                participation.recordReport(new ConferenceId(id), form.version(), inviteeId, "yes".equals(form.expected()),
                        received, principal.getName());
                redirect.addFlashAttribute("flash", "Report recorded");
                return "redirect:/conferences/" + id + "/invitees";
            }
            catch (ProtectionException e) {
                errors.put(e.field(), e.getMessage());
            }
        }
        ParticipationView view = participation.view(new ConferenceId(id), principal.getName());
        ConferenceInvitee invitee = invitee(view, inviteeId);
        return edit(view, invitee, InviteeForm.of(invitee, view.version()), form, errors, model);
    }

    @PostMapping("/conferences/{id}/invitees/{inviteeId}/remove")
    String remove(@PathVariable long id, @PathVariable int inviteeId, Integer version, Principal principal, Model model,
            RedirectAttributes redirect) {
        try {
            participation.remove(new ConferenceId(id), version, inviteeId, principal.getName());
            redirect.addFlashAttribute("flash", "Invitee removed");
            return "redirect:/conferences/" + id + "/invitees";
        }
        catch (ProtectionException e) {
            ParticipationView view = participation.view(new ConferenceId(id), principal.getName());
            return list(view, InviteeForm.empty(view.version()), Map.of(e.field(), e.getMessage()), model);
        }
    }

    private static ConferenceInvitee invitee(ParticipationView view, int inviteeId) {
        return view.invitees().stream().map(ParticipationView.InviteeRow::invitee)
            .filter(i -> i.inviteeId() == inviteeId).findFirst()
            .orElseThrow(() -> new org.irohub.protection.ConferenceNotFoundException(view.conference().getId()));
    }

    private static String list(ParticipationView view, InviteeForm form, Map<String, String> errors, Model model) {
        common(view, errors, model);
        model.addAttribute("form", form);
        return "protection/participation/invitees";
    }

    private static String edit(ParticipationView view, ConferenceInvitee invitee, InviteeForm form, ReportForm report,
            Map<String, String> errors, Model model) {
        common(view, errors, model);
        model.addAttribute("invitee", invitee);
        model.addAttribute("report", view.invitees().stream().filter(r -> r.invitee().inviteeId() == invitee.inviteeId())
            .findFirst().map(ParticipationView.InviteeRow::report).orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("reportForm", report);
        return "protection/participation/invitee";
    }

    private static void common(ParticipationView view, Map<String, String> errors, Model model) {
        model.addAttribute("participation", view);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", InviteeKind.values());
        model.addAttribute("agencies", Agency.values());
    }
}

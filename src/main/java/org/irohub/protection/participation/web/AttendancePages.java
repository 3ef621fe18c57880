package org.irohub.protection.participation.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.irohub.protection.ConferenceId;
import org.irohub.protection.ProtectionException;
import org.irohub.protection.participation.Attendance;
import org.irohub.protection.participation.InquorateDecision;
import org.irohub.protection.participation.ParticipationRoles;
import org.irohub.protection.participation.ParticipationService;
import org.irohub.protection.participation.ParticipationView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The chair records who attended, then, if the conference is not quorate, whether it goes ahead. */
@Controller
@PreAuthorize(ParticipationRoles.RECORD_ATTENDANCE)
class AttendancePages {

    /** The chair's decision as typed: {@code proceed} is "yes" or "no". */
    record DecisionForm(String proceed, String reason, Integer version) {
    }

    private final ParticipationService participation;

    AttendancePages(ParticipationService participation) {
        this.participation = participation;
    }

    @GetMapping("/conferences/{id}/attendance")
    String attendance(@PathVariable long id, Principal principal, Model model) {
        ParticipationView view = participation.view(new ConferenceId(id), principal.getName());
        Map<String, String> chosen = new LinkedHashMap<>();
        view.invitees().forEach(r -> chosen.put("attendance-" + r.invitee().inviteeId(),
                r.invitee().attendance() == null ? null : r.invitee().attendance().name()));
        return attendance(view, chosen, Map.of(), model);
    }

    /** One radio group per invitee, named {@code attendance-<inviteeId>}. */
    @PostMapping("/conferences/{id}/attendance")
    String recordAttendance(@PathVariable long id, @RequestParam Map<String, String> params, Principal principal,
            Model model, RedirectAttributes redirect) {
        Map<Integer, Attendance> attendance = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith("attendance-") && value != null && !value.isBlank()) {
                Attendance.ofCode(value).ifPresent(a -> attendance.put(Integer.valueOf(name.substring(11)), a));
            }
        });
        Integer version = params.get("version") == null || params.get("version").isBlank() ? null
                : Integer.valueOf(params.get("version"));
        try {
            participation.recordAttendance(new ConferenceId(id), version, attendance, principal.getName());
            redirect.addFlashAttribute("flash", "Attendance recorded");
            return "redirect:/conferences/" + id;
        }
        catch (ProtectionException e) {
            return attendance(participation.view(new ConferenceId(id), principal.getName()), params,
                    Map.of(e.field(), e.getMessage()), model);
        }
    }

    @GetMapping("/conferences/{id}/quorum")
    String quorum(@PathVariable long id, Principal principal, Model model) {
        ParticipationView view = participation.view(new ConferenceId(id), principal.getName());
        return quorum(view, new DecisionForm(null, "", view.version()), Map.of(), model);
    }

    @PostMapping("/conferences/{id}/inquorate-decision")
    String decide(@PathVariable long id, DecisionForm form, Principal principal, Model model, RedirectAttributes redirect) {
        try {
            Boolean proceed = form.proceed() == null ? null : "yes".equals(form.proceed());
            InquorateDecision d = participation.decide(new ConferenceId(id), form.version(), proceed, form.reason(),
                    principal.getName());
            if (d.proceed()) {
                redirect.addFlashAttribute("flash", "Decision recorded: the conference goes ahead without a quorum");
                return "redirect:/conferences/" + id;
            }
            redirect.addFlashAttribute("flash", "Conference reconvened, due "
                    + d.reconvened().getDueDate().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK))
                    + (d.secondInARow() ? ". Warning: this was the second inquorate conference in a row" : ""));
            return "redirect:/conferences/" + d.reconvened().getId();
        }
        catch (ProtectionException e) {
            return quorum(participation.view(new ConferenceId(id), principal.getName()), form,
                    Map.of(e.field(), e.getMessage()), model);
        }
    }

    private static String attendance(ParticipationView view, Map<String, String> chosen, Map<String, String> errors,
            Model model) {
        model.addAttribute("participation", view);
        model.addAttribute("chosen", chosen);
        model.addAttribute("options", Attendance.values());
        model.addAttribute("errors", errors);
        return "protection/participation/attendance";
    }

    private static String quorum(ParticipationView view, DecisionForm form, Map<String, String> errors, Model model) {
        model.addAttribute("participation", view);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "protection/participation/quorum";
    }
}

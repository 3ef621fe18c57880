package org.irohub.protection.participation.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.irohub.protection.ConferenceId;
import org.irohub.protection.ConferenceNotFoundException;
import org.irohub.protection.ProtectionException;
import org.irohub.protection.participation.ParticipationRoles;
import org.irohub.protection.participation.ParticipationService;
import org.irohub.protection.participation.ParticipationView;
import org.irohub.protection.participation.ViewsMethod;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** How a child of the conference took part: attendance, pre-meeting, views, and contact with the chair. */
@Controller
@PreAuthorize(ParticipationRoles.RECORD_ATTENDANCE)
class ChildParticipationPages {

    private final ParticipationService participation;

    ChildParticipationPages(ParticipationService participation) {
        this.participation = participation;
    }

    @GetMapping("/conferences/{id}/children/{childId}/participation")
    String show(@PathVariable long id, @PathVariable long childId, Principal principal, Model model) {
        ParticipationView view = participation.view(new ConferenceId(id), principal.getName());
        ParticipationView.ChildRow row = row(view, childId);
        return render(view, row, ChildParticipationForm.of(row.participation(), view.version()), Map.of(), model);
    }

    @PostMapping("/conferences/{id}/children/{childId}/participation")
    String record(@PathVariable long id, @PathVariable long childId, ChildParticipationForm form, Principal principal,
            Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate contactOn = FormDates.read("chairContactOn", "The date of the contact with the chair", form.contactDay(),
                form.contactMonth(), form.contactYear(), errors);
        if (errors.isEmpty()) {
            try {
                participation.recordChild(new ConferenceId(id), childId, form.request(contactOn), principal.getName());
                redirect.addFlashAttribute("flash", "The child's participation is recorded");
                return "redirect:/conferences/" + id;
            }
            catch (ProtectionException e) {
                errors.put(e.field(), e.getMessage());
            }
        }
        ParticipationView view = participation.view(new ConferenceId(id), principal.getName());
        return render(view, row(view, childId), form, errors, model);
    }

    private static ParticipationView.ChildRow row(ParticipationView view, long childId) {
        return view.children().stream().filter(c -> c.child().id().value() == childId).findFirst()
            .orElseThrow(() -> new ConferenceNotFoundException(view.conference().getId()));
    }

    private static String render(ParticipationView view, ParticipationView.ChildRow row, ChildParticipationForm form,
            Map<String, String> errors, Model model) {
        model.addAttribute("participation", view);
        model.addAttribute("row", row);
        model.addAttribute("form", form);
        model.addAttribute("methods", ViewsMethod.values());
        model.addAttribute("errors", errors);
        return "protection/participation/child";
    }
}

package org.irohub.protection.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.irohub.portal.DateInput;
import org.irohub.protection.Conference;
import org.irohub.protection.ConferenceId;
import org.irohub.protection.ConferenceOutcomeService;
import org.irohub.protection.ConferenceService;
import org.irohub.protection.OutcomeRequest;
import org.irohub.protection.OutcomeResult;
import org.irohub.protection.ProtectionException;
import org.irohub.protection.ProtectionRoles;
import org.irohub.identity.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A conference's page: what it is and when it is due, its outcome, and the forms to record or close it. */
@Controller
class ConferencePages {

    record OutcomeForm(String heldDay, String heldMonth, String heldYear, String planRequired, String category,
            String recommendation, String continuePlan, String endReason, List<String> lateReasons,
            String continuationReason, String driftIsReason, Integer version) {

        static OutcomeForm empty(Integer version) {
            return new OutcomeForm("", "", "", null, null, null, null, null, List.of(), "", null, version);
        }
    }

    private final ConferenceService conferences;
    private final ConferenceOutcomeService outcomes;
    private final ConferencePageModel pageModel;

    ConferencePages(ConferenceService conferences, ConferenceOutcomeService outcomes, ConferencePageModel pageModel) {
        this.conferences = conferences;
        this.outcomes = outcomes;
        this.pageModel = pageModel;
    }

    @GetMapping("/conferences/{id}")
    @PreAuthorize(ProtectionRoles.CASE_WORK)
    String show(@PathVariable long id, Principal principal, Model model) {
        Conference conference = conferences.view(new ConferenceId(id), principal.getName());
        return render(conference, OutcomeForm.empty(conference.getVersion()), Map.of(), model);
    }

    @PostMapping("/conferences/{id}/outcome")
    @PreAuthorize(ProtectionRoles.RECORD_OUTCOME)
    String recordOutcome(@PathVariable long id, OutcomeForm form, Principal principal, Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate heldOn = new DateInput(form.heldDay(), form.heldMonth(), form.heldYear())
            .read("heldOn", "the date the conference was held", true, errors);
        if (errors.isEmpty()) {
            try {
                OutcomeResult result = outcomes.record(new ConferenceId(id), new OutcomeRequest(heldOn,
                        yesNo(form.planRequired()), form.category(), form.recommendation(), yesNo(form.continuePlan()),
                        form.endReason(), form.lateReasons(), form.continuationReason(), yesNo(form.driftIsReason()),
                        form.version()), principal.getName());
                redirect.addFlashAttribute("flash", "Outcome recorded" + (result.nextConference() == null ? ""
                        : ". Next review requested, due " + Dates.format(result.nextConference().getDueDate())));
                return "redirect:/conferences/" + id;
            }
            catch (ProtectionException e) {
                errors.put(e.field(), e.getMessage());
            }
        }
        return render(conferences.view(new ConferenceId(id), principal.getName()), form, errors, model);
    }

    @PostMapping("/conferences/{id}/close")
    @PreAuthorize(ProtectionRoles.CASE_WORK)
    String close(@PathVariable long id, @RequestParam String how, @RequestParam(required = false) String reason,
            @RequestParam int version, Principal principal, Model model, RedirectAttributes redirect) {
        try {
            ConferenceId conference = new ConferenceId(id);
            if ("not-required".equals(how)) {
                conferences.markNotRequired(conference, version, reason, principal.getName());
                redirect.addFlashAttribute("flash", "Initial conference closed as not required");
            }
            else {
                conferences.cancel(conference, version, reason, principal.getName());
                redirect.addFlashAttribute("flash", "Conference cancelled");
            }
            return "redirect:/conferences/" + id;
        }
        catch (ProtectionException e) {
            Conference conference = conferences.view(new ConferenceId(id), principal.getName());
            return render(conference, OutcomeForm.empty(conference.getVersion()),
                    Map.of("reason".equals(e.field()) ? "reason" : e.field(), e.getMessage()), model);
        }
    }

    private String render(Conference conference, OutcomeForm form, Map<String, String> errors, Model model) {
        model.addAllAttributes(pageModel.of(conference));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("canRecordOutcome", hasAnyRole(Roles.CHAIR, Roles.IRO_MANAGER));
        return "protection/conference";
    }

    private static boolean hasAnyRole(String... roles) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream()
            .anyMatch(a -> java.util.Arrays.stream(roles).anyMatch(r -> a.getAuthority().equals("ROLE_" + r)));
    }

    private static Boolean yesNo(String value) {
        return value == null || value.isBlank() ? null : "yes".equals(value);
    }
}

package org.irohub.protection.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.irohub.portal.DateInput;
import org.irohub.protection.Conference;
import org.irohub.protection.ConferenceId;
import org.irohub.protection.ConferenceService;
import org.irohub.protection.ProtectionException;
import org.irohub.protection.minutes.MinutesRoles;
import org.irohub.protection.minutes.MinutesService;
import org.irohub.protection.minutes.MinutesStep;
import org.irohub.protection.minutes.MinutesWorklist;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Business support's list of minutes to chase, and the forms on a conference's page that record each step. */
@Controller
class MinutesPages {

    /** A step's date as typed into the three GOV.UK boxes, with the version of the minutes on the page. */
    record StepForm(String onDay, String onMonth, String onYear, Integer version) {
    }

    private final MinutesWorklist worklist;
    private final MinutesService minutes;
    private final ConferenceService conferences;
    private final ConferencePageModel pageModel;

    MinutesPages(MinutesWorklist worklist, MinutesService minutes, ConferenceService conferences,
            ConferencePageModel pageModel) {
        this.worklist = worklist;
        this.minutes = minutes;
        this.conferences = conferences;
        this.pageModel = pageModel;
    }

    @GetMapping("/minutes")
    @PreAuthorize(MinutesRoles.TRACK)
    String list(@RequestParam(required = false) String step, @RequestParam(required = false) String overdue,
            Principal principal, Model model) {
        Optional<MinutesStep> filter = Optional.ofNullable(step).flatMap(MinutesStep::ofCode);
        boolean overdueOnly = "yes".equals(overdue);
        model.addAttribute("rows", worklist.outstanding(filter, overdueOnly, principal.getName()).stream()
            .map(MinutesRow::of).toList());
        model.addAttribute("steps", Arrays.stream(MinutesStep.values())
            .filter(s -> s != MinutesStep.CORRECTIONS_REQUESTED).toList());
        model.addAttribute("step", filter.map(MinutesStep::code).orElse(""));
        model.addAttribute("overdueOnly", overdueOnly);
        return "protection/minutes/list";
    }

    @PostMapping("/conferences/{id}/minutes/approved")
    @PreAuthorize(MinutesRoles.APPROVE)
    String approve(@PathVariable long id, StepForm form, Principal principal, Model model, RedirectAttributes redirect) {
        return record(id, MinutesStep.APPROVED, form, principal, model, redirect);
    }

    @PostMapping("/conferences/{id}/minutes/{step}")
    @PreAuthorize(MinutesRoles.RECORD)
    String record(@PathVariable long id, @PathVariable String step, StepForm form, Principal principal, Model model,
            RedirectAttributes redirect) {
        MinutesStep which = MinutesStep.ofCode(step)
            .filter(s -> s != MinutesStep.APPROVED)
            .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        return record(id, which, form, principal, model, redirect);
    }

    private String record(long id, MinutesStep step, StepForm form, Principal principal, Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate on = new DateInput(form.onDay(), form.onMonth(), form.onYear())
            .read(step.field(), "the date", true, errors);
        ConferenceId conference = new ConferenceId(id);
        if (errors.isEmpty()) {
            try {
                if (step == MinutesStep.APPROVED) {
                    minutes.approve(conference, on, form.version(), principal.getName());
                }
                else {
                    minutes.record(conference, step, on, form.version(), principal.getName());
                }
                redirect.addFlashAttribute("flash", "Recorded: " + step.label().toLowerCase() + " on " + Dates.format(on));
                return "redirect:/conferences/" + id + "#minutes";
            }
            catch (ProtectionException e) {
                errors.put(e.field(), e.getMessage());
            }
            catch (OptimisticLockingFailureException e) {
                errors.put("version", "Someone else changed these minutes at the same time. Reload the page to see "
                        + "their change, then try again");
            }
        }
        return conferencePage(conferences.view(conference, principal.getName()), step, form, errors, model);
    }

    /** The conference page again, with the refusal against the step's date and what was typed kept. */
    private String conferencePage(Conference conference, MinutesStep step, StepForm form, Map<String, String> errors,
            Model model) {
        model.addAllAttributes(pageModel.of(conference));
        model.addAttribute("minutesTyped", new MinutesSection.Typed(step.field(), form.onDay(), form.onMonth(),
                form.onYear()));
        model.addAttribute("form", ConferencePages.OutcomeForm.empty(conference.getVersion()));
        model.addAttribute("errors", errors);
        model.addAttribute("canRecordOutcome", false);
        return "protection/conference";
    }
}

package org.irohub.escalation.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.irohub.escalation.Closing;
import org.irohub.escalation.Escalation;
import org.irohub.escalation.EscalationChildNames;
import org.irohub.escalation.EscalationException;
import org.irohub.escalation.EscalationId;
import org.irohub.escalation.EscalationListKind;
import org.irohub.escalation.EscalationLists;
import org.irohub.escalation.EscalationRoles;
import org.irohub.escalation.EscalationService;
import org.irohub.escalation.EscalationStatus;
import org.irohub.escalation.NamedChild;
import org.irohub.escalation.Stage;
import org.irohub.escalation.StageChange;
import org.irohub.escalation.StageContact;
import org.irohub.portal.DateInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One escalation with the forms to record a stage's response, escalate, resolve or withdraw it. A refusal of the
 * service is shown in the error summary against the form's field; nothing is written.
 */
@Controller
class EscalationCasePages {

    record EscalateForm(String toStage, String escalatedDay, String escalatedMonth, String escalatedYear,
            String withName, String withRole, String withAgency, String reason) {
    }

    record RespondForm(String respondedDay, String respondedMonth, String respondedYear, String response) {
    }

    record ResolveForm(String resolvedDay, String resolvedMonth, String resolvedYear, String resolution) {
    }

    record WithdrawForm(String withdrawnDay, String withdrawnMonth, String withdrawnYear, String withdrawReason) {
    }

    private final EscalationService escalations;
    private final EscalationLists lists;
    private final EscalationChildNames childNames;
    private final Clock clock;

    EscalationCasePages(EscalationService escalations, EscalationLists lists, EscalationChildNames childNames,
            Clock clock) {
        this.escalations = escalations;
        this.lists = lists;
        this.childNames = childNames;
        this.clock = clock;
    }

    @GetMapping("/escalations/{id}")
    @PreAuthorize(EscalationRoles.CASE_WORK)
    String show(@PathVariable long id, Principal principal, Model model) {
        return render(id, principal, Map.of(), model);
    }

    @PostMapping("/escalations/{id}/escalate")
    @PreAuthorize(EscalationRoles.CASE_WORK)
    String escalate(@PathVariable long id, EscalateForm form, Principal principal, Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        Stage to = null;
        try {
            to = Stage.valueOf(form.toStage());
        }
        catch (IllegalArgumentException | NullPointerException e) {
            errors.put("toStage", "Select the stage to escalate to");
        }
        LocalDate on = new DateInput(form.escalatedDay(), form.escalatedMonth(), form.escalatedYear())
            .read("escalatedOn", "the date escalated", true, errors);
        if (errors.isEmpty()) {
            try {
                escalations.escalate(new EscalationId(id), new StageChange(to, on, trimmed(form.reason()),
                        new StageContact(trimmed(form.withName()), trimmed(form.withRole()),
                                trimmed(form.withAgency()))),
                        principal.getName());
                redirect.addFlashAttribute("flash", "Escalated to " + to.label());
                return "redirect:/escalations/" + id;
            }
            catch (EscalationException e) {
                errors.put(field(e, Map.of("on", "escalatedOn")), e.getMessage());
            }
        }
        model.addAttribute("escalateForm", form);
        return render(id, principal, errors, model);
    }

    @PostMapping("/escalations/{id}/respond")
    @PreAuthorize(EscalationRoles.CASE_WORK)
    String respond(@PathVariable long id, RespondForm form, Principal principal, Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate on = new DateInput(form.respondedDay(), form.respondedMonth(), form.respondedYear())
            .read("respondedOn", "the date of the response", true, errors);
        if (blank(form.response())) {
            errors.put("response", "Enter the response");
        }
        if (errors.isEmpty()) {
            try {
                escalations.respond(new EscalationId(id), new Closing(on, form.response().strip()),
                        principal.getName());
                redirect.addFlashAttribute("flash", "Response recorded");
                return "redirect:/escalations/" + id;
            }
            catch (EscalationException e) {
                errors.put(field(e, Map.of("on", "respondedOn")), e.getMessage());
            }
        }
        model.addAttribute("respondForm", form);
        return render(id, principal, errors, model);
    }

    @PostMapping("/escalations/{id}/resolve")
    @PreAuthorize(EscalationRoles.CASE_WORK)
    String resolve(@PathVariable long id, ResolveForm form, Principal principal, Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate on = new DateInput(form.resolvedDay(), form.resolvedMonth(), form.resolvedYear())
            .read("resolvedOn", "the date resolved", true, errors);
        if (blank(form.resolution())) {
            errors.put("resolution", "Enter the resolution");
        }
        if (errors.isEmpty()) {
            try {
                escalations.resolve(new EscalationId(id), new Closing(on, form.resolution().strip()),
                        principal.getName());
                redirect.addFlashAttribute("flash", "Escalation resolved");
                return "redirect:/escalations/" + id;
            }
            catch (EscalationException e) {
                errors.put(field(e, Map.of("on", "resolvedOn")), e.getMessage());
            }
        }
        model.addAttribute("resolveForm", form);
        return render(id, principal, errors, model);
    }

    @PostMapping("/escalations/{id}/withdraw")
    @PreAuthorize(EscalationRoles.CASE_WORK)
    String withdraw(@PathVariable long id, WithdrawForm form, Principal principal, Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate on = new DateInput(form.withdrawnDay(), form.withdrawnMonth(), form.withdrawnYear())
            .read("withdrawnOn", "the date withdrawn", true, errors);
        if (blank(form.withdrawReason())) {
            errors.put("withdrawReason", "Enter the reason for withdrawing");
        }
        if (errors.isEmpty()) {
            try {
                escalations.withdraw(new EscalationId(id), new Closing(on, form.withdrawReason().strip()),
                        principal.getName());
                redirect.addFlashAttribute("flash", "Escalation withdrawn");
                return "redirect:/escalations/" + id;
            }
            catch (EscalationException e) {
                errors.put(field(e, Map.of("on", "withdrawnOn", "reason", "withdrawReason")), e.getMessage());
            }
        }
        model.addAttribute("withdrawForm", form);
        return render(id, principal, errors, model);
    }

    private String render(long id, Principal principal, Map<String, String> errors, Model model) {
        Escalation e = escalations.view(new EscalationId(id), principal.getName());
        LocalDate today = LocalDate.now(clock);
        Stage current = e.highestStage();
        model.addAttribute("escalation", e);
        List<NamedChild> about = childNames.of(e, principal.getName());
        model.addAttribute("children", about);
        model.addAttribute("childNames", about.stream().filter(c -> !c.hidden()).map(NamedChild::fullName)
            .collect(Collectors.joining(", ")));
        model.addAttribute("agency", lists.labels(EscalationListKind.AGENCY).getOrDefault(e.getAgency(), e.getAgency()));
        model.addAttribute("theme", lists.labels(EscalationListKind.THEME).getOrDefault(e.getTheme(), e.getTheme()));
        model.addAttribute("open", e.getStatus() == EscalationStatus.OPEN);
        model.addAttribute("overdue", e.isOverdueOn(today));
        model.addAttribute("today", today);
        model.addAttribute("higherStages", Arrays.stream(Stage.values()).filter(s -> s.compareTo(current) > 0).toList());
        addIfAbsent(model, "escalateForm", new EscalateForm(null, "", "", "", "", "", "", ""));
        addIfAbsent(model, "respondForm", new RespondForm("", "", "", ""));
        addIfAbsent(model, "resolveForm", new ResolveForm("", "", "", ""));
        addIfAbsent(model, "withdrawForm", new WithdrawForm("", "", "", ""));
        model.addAttribute("errors", errors);
        return "escalation/escalation";
    }

    private static void addIfAbsent(Model model, String name, Object value) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, value);
        }
    }

    /** The id on the page of the field the service names (its names differ where the page has several forms). */
    private static String field(EscalationException e, Map<String, String> onThePage) {
        return onThePage.getOrDefault(e.field(), e.field());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trimmed(String s) {
        return blank(s) ? null : s.strip();
    }
}

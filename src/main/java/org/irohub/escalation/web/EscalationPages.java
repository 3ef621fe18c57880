package org.irohub.escalation.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.irohub.portal.DateInput;
import org.irohub.children.ChildDirectory;
import org.irohub.children.ChildId;
import org.irohub.children.ChildSummary;
import org.irohub.escalation.Closing;
import org.irohub.escalation.Escalation;
import org.irohub.escalation.EscalationException;
import org.irohub.escalation.EscalationId;
import org.irohub.escalation.EscalationKind;
import org.irohub.escalation.EscalationLists;
import org.irohub.escalation.EscalationRoles;
import org.irohub.escalation.EscalationService;
import org.irohub.escalation.EscalationStatus;
import org.irohub.escalation.ListEntry;
import org.irohub.escalation.NewEscalation;
import org.irohub.escalation.Stage;
import org.irohub.escalation.StageChange;
import org.irohub.escalation.StageContact;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The escalation pages: open escalations, raising a QPR or DRP on a child, and one escalation with the forms
 * to escalate, resolve or withdraw it. Refusals of the service are shown in the error summary; nothing is written.
 */
@Controller
class EscalationPages {

    record RaiseForm(String kind, String agency, String theme, String raisedDay, String raisedMonth,
            String raisedYear, String description) {

        static RaiseForm empty() {
            return new RaiseForm(null, null, null, "", "", "", "");
        }
    }

    record ActionForm(String toStage, String escalatedDay, String escalatedMonth, String escalatedYear,
            String withName, String withRole, String withAgency, String reason, String resolvedDay,
            String resolvedMonth, String resolvedYear, String resolution, String withdrawnDay, String withdrawnMonth,
            String withdrawnYear, String withdrawReason) {

        static ActionForm empty() {
            return new ActionForm(null, "", "", "", "", "", "", "", "", "", "", "", "", "", "", "");
        }
    }

    /** One row of the open escalations table. */
    record Row(Escalation escalation, ChildSummary child, String agency, String theme, boolean overdue) {
    }

    private final EscalationService escalations;
    private final EscalationLists lists;
    private final ChildDirectory children;
    private final Clock clock;

    EscalationPages(EscalationService escalations, EscalationLists lists, ChildDirectory children, Clock clock) {
        this.escalations = escalations;
        this.lists = lists;
        this.children = children;
        this.clock = clock;
    }

    @GetMapping("/escalations")
    @PreAuthorize(EscalationRoles.CASE_WORK)
    String list(Principal principal, Model model) {
        LocalDate today = LocalDate.now(clock);
        Map<String, String> agencies = labels(lists.agencies());
        Map<String, String> themes = labels(lists.themes());
        List<Row> rows = escalations.open(principal.getName()).stream()
            .map(e -> new Row(e, children.get(e.getChildId()), agencies.getOrDefault(e.getAgency(), e.getAgency()),
                    themes.getOrDefault(e.getTheme(), e.getTheme()), e.isOverdueOn(today)))
            .toList();
        model.addAttribute("rows", rows);
        return "escalation/escalations";
    }

    @GetMapping("/children/{childId}/escalations/new")
    @PreAuthorize(EscalationRoles.CASE_WORK)
    String raiseForm(@PathVariable long childId, Principal principal, Model model) {
        return showRaise(childId, RaiseForm.empty(), Map.of(), principal, model);
    }

    @PostMapping("/children/{childId}/escalations")
    @PreAuthorize(EscalationRoles.CASE_WORK)
    String raise(@PathVariable long childId, RaiseForm form, Principal principal, Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        EscalationKind kind = null;
        try {
            kind = EscalationKind.valueOf(form.kind());
        }
        catch (IllegalArgumentException | NullPointerException e) {
            errors.put("kind", "Select QPR (child protection) or DRP (looked-after child)");
        }
        if (blank(form.agency())) {
            errors.put("agency", "Select the agency");
        }
        if (blank(form.theme())) {
            errors.put("theme", "Select the theme");
        }
        LocalDate raisedOn = new DateInput(form.raisedDay(), form.raisedMonth(), form.raisedYear())
            .read("raisedOn", "the date raised", true, errors);
        if (blank(form.description())) {
            errors.put("description", "Describe the concern");
        }
        if (errors.isEmpty()) {
            try {
                Escalation e = escalations.raise(new NewEscalation(childId, kind, raisedOn, form.agency(),
                        form.theme(), form.description(), null, null, null), principal.getName());
                redirect.addFlashAttribute("flash", e.getKind() + " raised");
                return "redirect:/escalations/" + e.getId();
            }
            catch (EscalationException e) {
                errors.put(e.field(), e.getMessage());
            }
        }
        return showRaise(childId, form, errors, principal, model);
    }

    @GetMapping("/escalations/{id}")
    @PreAuthorize(EscalationRoles.CASE_WORK)
    String show(@PathVariable long id, Principal principal, Model model) {
        return render(escalations.view(new EscalationId(id), principal.getName()), ActionForm.empty(), Map.of(),
                model);
    }

    @PostMapping("/escalations/{id}/escalate")
    @PreAuthorize(EscalationRoles.CASE_WORK)
    String escalate(@PathVariable long id, ActionForm form, Principal principal, Model model,
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
        return render(escalations.view(new EscalationId(id), principal.getName()), form, errors, model);
    }

    @PostMapping("/escalations/{id}/resolve")
    @PreAuthorize(EscalationRoles.CASE_WORK)
    String resolve(@PathVariable long id, ActionForm form, Principal principal, Model model,
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
        return render(escalations.view(new EscalationId(id), principal.getName()), form, errors, model);
    }

    @PostMapping("/escalations/{id}/withdraw")
    @PreAuthorize(EscalationRoles.CASE_WORK)
    String withdraw(@PathVariable long id, ActionForm form, Principal principal, Model model,
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
        return render(escalations.view(new EscalationId(id), principal.getName()), form, errors, model);
    }

    private String showRaise(long childId, RaiseForm form, Map<String, String> errors, Principal principal,
            Model model) {
        ChildId child = new ChildId(childId);
        children.checkAccess(child, principal.getName());
        model.addAttribute("child", children.get(child));
        model.addAttribute("agencies", lists.agencies());
        model.addAttribute("themes", lists.themes());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "escalation/raise";
    }

    private String render(Escalation e, ActionForm form, Map<String, String> errors, Model model) {
        LocalDate today = LocalDate.now(clock);
        Stage current = e.highestStage();
        model.addAttribute("escalation", e);
        model.addAttribute("child", children.get(e.getChildId()));
        model.addAttribute("agency", labels(lists.agencies()).getOrDefault(e.getAgency(), e.getAgency()));
        model.addAttribute("theme", labels(lists.themes()).getOrDefault(e.getTheme(), e.getTheme()));
        model.addAttribute("open", e.getStatus() == EscalationStatus.OPEN);
        model.addAttribute("overdue", e.isOverdueOn(today));
        model.addAttribute("today", today);
        model.addAttribute("higherStages",
                Arrays.stream(Stage.values()).filter(s -> s.compareTo(current) > 0).toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "escalation/escalation";
    }

    /** The id on the page of the field the service names (its names differ where the page has several forms). */
    private static String field(EscalationException e, Map<String, String> onThePage) {
        return onThePage.getOrDefault(e.field(), e.field());
    }

    private static Map<String, String> labels(List<ListEntry> entries) {
        return entries.stream().collect(Collectors.toMap(ListEntry::code, ListEntry::label, (a, b) -> a,
                LinkedHashMap::new));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trimmed(String s) {
        return blank(s) ? null : s.strip();
    }
}

package org.irohub.escalation.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import org.irohub.children.ChildDirectory;
import org.irohub.children.ChildId;
import org.irohub.children.ChildSummary;
import org.irohub.escalation.Escalation;
import org.irohub.escalation.EscalationChildNames;
import org.irohub.escalation.EscalationException;
import org.irohub.escalation.EscalationKind;
import org.irohub.escalation.EscalationListKind;
import org.irohub.escalation.EscalationLists;
import org.irohub.escalation.EscalationRoles;
import org.irohub.escalation.EscalationService;
import org.irohub.escalation.NamedChild;
import org.irohub.escalation.NewEscalation;
import org.irohub.identity.Roles;
import org.irohub.portal.DateInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Open escalations, overdue stages first (a chair sees the ones they raised unless they ask for all), and raising
 * a QPR or DRP on a child or, when the child has siblings, on the whole sibling group. Refusals of the service are shown in the error summary; nothing is written.
 */
@Controller
class EscalationPages {

    /** {@code siblingGroup} is "true" when the chair ticks "Raise for the whole sibling group". */
    record RaiseForm(String kind, String agency, String theme, String raisedDay, String raisedMonth,
            String raisedYear, String description, String siblingGroup) {

        static RaiseForm empty() {
            return new RaiseForm(null, null, null, "", "", "", "", null);
        }

        public boolean forSiblingGroup() {
            return "true".equals(siblingGroup);
        }
    }

    /** One row of the open escalations table: every child of the escalation, restricted ones unnamed. */
    record Row(Escalation escalation, List<NamedChild> children, String agency, String theme, boolean overdue) {

        /** The names of the children the user may see, for the row's link text. */
        public String visibleNames() {
            return children.stream().filter(c -> !c.hidden()).map(NamedChild::fullName)
                .collect(Collectors.joining(", "));
        }
    }

    private static final Comparator<Row> OVERDUE_FIRST = Comparator.comparing((Row r) -> !r.overdue())
        .thenComparing(r -> r.escalation().currentStage().dueDate())
        .thenComparing(r -> r.escalation().getRaisedOn());

    private final EscalationService escalations;
    private final EscalationLists lists;
    private final ChildDirectory children;
    private final EscalationChildNames childNames;
    private final Clock clock;

    EscalationPages(EscalationService escalations, EscalationLists lists, ChildDirectory children,
            EscalationChildNames childNames, Clock clock) {
        this.escalations = escalations;
        this.lists = lists;
        this.children = children;
        this.childNames = childNames;
        this.clock = clock;
    }

    @GetMapping("/escalations")
    @PreAuthorize(EscalationRoles.CASE_WORK)
    String list(@RequestParam(required = false) String raisedBy, Principal principal, HttpServletRequest request,
            Model model) {
        boolean manager = request.isUserInRole(Roles.IRO_MANAGER);
        boolean mine = raisedBy == null ? !manager : "me".equals(raisedBy);
        LocalDate today = LocalDate.now(clock);
        Map<String, String> agencies = lists.labels(EscalationListKind.AGENCY);
        Map<String, String> themes = lists.labels(EscalationListKind.THEME);
        List<Row> rows = escalations.open(principal.getName()).stream()
            .filter(e -> !mine || e.getRaisedBy().equals(principal.getName()))
            .map(e -> new Row(e, childNames.of(e, principal.getName()), agencies.getOrDefault(e.getAgency(), e.getAgency()),
                    themes.getOrDefault(e.getTheme(), e.getTheme()), e.isOverdueOn(today)))
            .sorted(OVERDUE_FIRST)
            .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("overdueCount", rows.stream().filter(Row::overdue).count());
        model.addAttribute("mine", mine);
        model.addAttribute("manager", manager);
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
                        form.theme(), form.description(), null, null, null, form.forSiblingGroup()),
                        principal.getName());
                redirect.addFlashAttribute("flash", e.getKind() + " raised");
                return "redirect:/escalations/" + e.getId();
            }
            catch (EscalationException e) {
                errors.put(e.field(), e.getMessage());
            }
        }
        return showRaise(childId, form, errors, principal, model);
    }

    private String showRaise(long childId, RaiseForm form, Map<String, String> errors, Principal principal,
            Model model) {
        ChildId child = new ChildId(childId);
        children.checkAccess(child, principal.getName());
        ChildSummary summary = children.get(child);
        List<ChildSummary> siblings = escalations.siblingsToRaiseFor(child, principal.getName());
        model.addAttribute("child", summary);
        model.addAttribute("siblings", siblings);
        model.addAttribute("groupNames", Stream.concat(Stream.of(summary), siblings.stream())
            .map(ChildSummary::fullName).collect(Collectors.joining(", ")));
        model.addAttribute("agencies", lists.agencies());
        model.addAttribute("themes", lists.themes());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "escalation/raise";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

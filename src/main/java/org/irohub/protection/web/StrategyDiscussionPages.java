package org.irohub.protection.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.irohub.portal.DateInput;
import org.irohub.children.ChildDirectory;
import org.irohub.children.ChildId;
import org.irohub.protection.NewStrategyDiscussion;
import org.irohub.protection.ProtectionException;
import org.irohub.protection.ProtectionRoles;
import org.irohub.protection.StrategyDiscussionRecorded;
import org.irohub.protection.StrategyDiscussionService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Business support (or a chair or manager) records a strategy discussion; a section 47 enquiry requests the ICPC. */
@Controller
@PreAuthorize(ProtectionRoles.CASE_WORK)
class StrategyDiscussionPages {

    record Form(String dateDay, String dateMonth, String dateYear, String section47Started, String notifiedDay,
            String notifiedMonth, String notifiedYear, List<Long> siblingIds) {

        static Form empty() {
            return new Form("", "", "", null, "", "", "", List.of());
        }
    }

    private final StrategyDiscussionService discussions;
    private final ChildDirectory children;

    StrategyDiscussionPages(StrategyDiscussionService discussions, ChildDirectory children) {
        this.discussions = discussions;
        this.children = children;
    }

    @GetMapping("/children/{childId}/strategy-discussions/new")
    String form(@PathVariable long childId, Principal principal, Model model) {
        return show(childId, Form.empty(), Map.of(), principal, model);
    }

    @PostMapping("/children/{childId}/strategy-discussions")
    String record(@PathVariable long childId, Form form, Principal principal, Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate date = new DateInput(form.dateDay(), form.dateMonth(), form.dateYear())
            .read("date", "the date of the strategy discussion", true, errors);
        if (form.section47Started() == null) {
            errors.put("section47Started", "Select yes if the discussion started a section 47 enquiry");
        }
        LocalDate notified = new DateInput(form.notifiedDay(), form.notifiedMonth(), form.notifiedYear())
            .read("notifiedOn", "the date the IRO service was told", false, errors);
        if (!errors.isEmpty()) {
            return show(childId, form, errors, principal, model);
        }
        try {
            StrategyDiscussionRecorded recorded = discussions.record(new ChildId(childId), new NewStrategyDiscussion(date,
                    "yes".equals(form.section47Started()), notified, form.siblingIds()), principal.getName());
            if (recorded.conference() == null) {
                redirect.addFlashAttribute("flash", "Strategy discussion recorded");
                return "redirect:/children/" + childId;
            }
            redirect.addFlashAttribute("flash", "Strategy discussion recorded. Initial conference requested, due "
                    + Dates.format(recorded.conference().getDueDate()));
            return "redirect:/conferences/" + recorded.conference().getId();
        }
        catch (ProtectionException e) {
            return show(childId, form, Map.of(e.field(), e.getMessage()), principal, model);
        }
    }

    private String show(long childId, Form form, Map<String, String> errors, Principal principal, Model model) {
        ChildId child = new ChildId(childId);
        children.checkAccess(child, principal.getName());
        model.addAttribute("child", children.get(child));
        model.addAttribute("siblings", children.siblingsOf(child).stream().map(children::get).toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "protection/strategy-discussion";
    }
}

package org.irohub.children.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.irohub.children.ChildId;
import org.irohub.children.ChildPageSection;
import org.irohub.children.internal.ChildRecordView;
import org.irohub.children.internal.ChildRecords;
import org.irohub.children.internal.ChildValidationException;
import org.irohub.children.internal.SiblingGroupService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A child's page (details, siblings and the sections other modules add), editing the details and managing the
 * sibling group. A record the user may not see answers the not-found page.
 */
@Controller
@RequestMapping("/children/{id}")
@PreAuthorize(ChildWeb.CAN_SEE_CHILDREN)
class ChildPages {

    private final ChildRecords records;
    private final SiblingGroupService siblings;
    private final ObjectProvider<ChildPageSection> sections;
    private final Clock clock;

    ChildPages(ChildRecords records, SiblingGroupService siblings, ObjectProvider<ChildPageSection> sections,
            Clock clock) {
        this.records = records;
        this.siblings = siblings;
        this.sections = sections;
        this.clock = clock;
    }

    @GetMapping
    String show(@PathVariable long id, Principal user, Model model) {
        return showChild(ChildWeb.childId(id), user, "", Map.of(), model);
    }

    @GetMapping("/edit")
    String edit(@PathVariable long id, Principal user, Model model) {
        ChildRecordView record = records.view(ChildWeb.childId(id), user.getName());
        return showEdit(record, ChildForm.of(record), Map.of(), model);
    }

    @PostMapping("/edit")
    String update(@PathVariable long id, @ModelAttribute("form") ChildForm form, Principal user, Model model,
            RedirectAttributes redirect) {
        ChildId childId = ChildWeb.childId(id);
        try {
            if (form.version() == null) {
                throw new ChildValidationException("version", "The form was incomplete. Reload the page and try again");
            }
            ChildRecordView saved = records.update(childId, form.version(), form.toInput(), user.getName());
            redirect.addFlashAttribute("flash", "Changes to " + saved.summary().fullName() + "'s record saved");
            return "redirect:/children/" + id;
        }
        catch (ChildValidationException e) {
            // What they typed stays on the page, with the version they started from: nothing is lost or overwritten.
            return showEdit(records.view(childId, user.getName()), form, e.errors(), model);
        }
    }

    @PostMapping("/siblings")
    String addSibling(@PathVariable long id, @RequestParam(defaultValue = "") String sibling, Principal user,
            Model model, RedirectAttributes redirect) {
        ChildId childId = ChildWeb.childId(id);
        try {
            var added = siblings.addSibling(childId, sibling, user.getName());
            redirect.addFlashAttribute("flash", added.fullName() + " added as a sibling");
            return "redirect:/children/" + id;
        }
        catch (ChildValidationException e) {
            return showChild(childId, user, sibling, e.errors(), model);
        }
    }

    @PostMapping("/siblings/{siblingId}/remove")
    String removeSibling(@PathVariable long id, @PathVariable long siblingId, Principal user, Model model,
            RedirectAttributes redirect) {
        ChildId childId = ChildWeb.childId(id);
        try {
            siblings.removeSibling(childId, ChildWeb.childId(siblingId), user.getName());
            redirect.addFlashAttribute("flash", "Sibling removed from the group");
            return "redirect:/children/" + id;
        }
        catch (ChildValidationException e) {
            return showChild(childId, user, "", e.errors(), model);
        }
    }

    private String showChild(ChildId id, Principal user, String siblingTyped, Map<String, String> errors,
            Model model) {
        ChildRecordView record = records.view(id, user.getName());
        List<RenderedSection> rendered = sections.orderedStream()
            .sorted(Comparator.comparingInt(ChildPageSection::order))
            .map(s -> RenderedSection.of(s, id))
            .toList();
        Map<String, Map<String, Object>> sectionModels = new LinkedHashMap<>();
        rendered.forEach(s -> sectionModels.put(s.key(), s.model()));
        model.addAttribute("record", record);
        model.addAttribute("child", record.summary());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("siblings", siblings.siblingsVisibleTo(id, user.getName()));
        model.addAttribute("sibling", siblingTyped);
        model.addAttribute("sections", rendered);
        model.addAttribute("sectionModels", sectionModels);
        model.addAttribute("errors", errors);
        return "children/child";
    }

    private static String showEdit(ChildRecordView record, ChildForm form, Map<String, String> errors, Model model) {
        model.addAttribute("record", record);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "children/edit";
    }
}

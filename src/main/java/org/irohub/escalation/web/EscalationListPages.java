package org.irohub.escalation.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.irohub.escalation.EscalationException;
import org.irohub.escalation.EscalationListAdmin;
import org.irohub.escalation.EscalationListKind;
import org.irohub.escalation.EscalationLists;
import org.irohub.escalation.EscalationRoles;
import org.irohub.escalation.ListChange;
import org.irohub.escalation.ListItem;
import org.irohub.escalation.NewListEntry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages to add, rename, deactivate and reactivate the agencies and themes escalations name. */
@Controller
class EscalationListPages {

    record AddForm(String label) {
    }

    record ChangeForm(String label, String active, Integer version) {

        static ChangeForm of(ListItem item) {
            return new ChangeForm(item.label(), String.valueOf(item.active()), item.version());
        }
    }

    private final EscalationLists lists;
    private final EscalationListAdmin admin;

    EscalationListPages(EscalationLists lists, EscalationListAdmin admin) {
        this.lists = lists;
        this.admin = admin;
    }

    @GetMapping("/escalations/lists/{list}")
    @PreAuthorize(EscalationRoles.LISTS)
    String list(@PathVariable String list, Model model) {
        return showList(EscalationListApi.kind(list), new AddForm(""), Map.of(), model);
    }

    @PostMapping("/escalations/lists/{list}")
    @PreAuthorize(EscalationRoles.LISTS)
    String add(@PathVariable String list, AddForm form, Model model, RedirectAttributes redirect) {
        EscalationListKind kind = EscalationListApi.kind(list);
        try {
            ListItem added = admin.add(kind, new NewListEntry(null, form.label()));
            redirect.addFlashAttribute("flash", "‘" + added.label() + "’ added");
            return "redirect:/escalations/lists/" + list;
        }
        catch (EscalationException e) {
            return showList(kind, form, Map.of("label", e.getMessage()), model);
        }
    }

    @GetMapping("/escalations/lists/{list}/{code}")
    @PreAuthorize(EscalationRoles.LISTS)
    String entry(@PathVariable String list, @PathVariable String code, Model model) {
        EscalationListKind kind = EscalationListApi.kind(list);
        ListItem item = existing(kind, code);
        return showEntry(kind, item, ChangeForm.of(item), Map.of(), model);
    }

    @PostMapping("/escalations/lists/{list}/{code}")
    @PreAuthorize(EscalationRoles.LISTS)
    String change(@PathVariable String list, @PathVariable String code, ChangeForm form, Model model,
            RedirectAttributes redirect) {
        EscalationListKind kind = EscalationListApi.kind(list);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!"true".equals(form.active()) && !"false".equals(form.active())) {
            errors.put("active", "Select whether new escalations can choose it");
        }
        if (errors.isEmpty()) {
            try {
                ListItem changed = admin.change(kind, code,
                        new ListChange(form.label(), Boolean.valueOf(form.active()), form.version()));
                redirect.addFlashAttribute("flash", "‘" + changed.label() + "’ saved");
                return "redirect:/escalations/lists/" + list;
            }
            catch (EscalationException e) {
                errors.put("version".equals(e.field()) ? "label" : e.field(), e.getMessage());
                if ("version".equals(e.field())) {
                    // Keep what the user typed, now made from the latest version: saving again is a deliberate choice.
                    ListItem now = existing(kind, code);
                    return showEntry(kind, now, new ChangeForm(form.label(), form.active(), now.version()), errors,
                            model);
                }
            }
        }
        return showEntry(kind, existing(kind, code), form, errors, model);
    }

    private ListItem existing(EscalationListKind kind, String code) {
        return lists.find(kind, code).orElseThrow(() -> new EscalationException(EscalationException.Kind.NOT_FOUND,
                "code", "There is no " + kind.singular() + " " + code));
    }

    private String showList(EscalationListKind kind, AddForm form, Map<String, String> errors, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("items", lists.all(kind));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "escalation/lists";
    }

    private String showEntry(EscalationListKind kind, ListItem item, ChangeForm form, Map<String, String> errors,
            Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("item", item);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "escalation/list-entry";
    }
}

package org.irohub.staff.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.irohub.staff.ConflictReason;
import org.irohub.staff.internal.Chair;
import org.irohub.staff.internal.ChairService;
import org.irohub.staff.internal.StaffValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of chairs; managers add chairs, change their working pattern and record their conflicts. */
@Controller
@RequestMapping("/staff/chairs")
class ChairPages {

    record ChairRow(Chair chair, String days) {
    }

    private final ChairService chairs;

    ChairPages(ChairService chairs) {
        this.chairs = chairs;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("weekDays", WeekDays.ALL);
        model.addAttribute("reasons", Arrays.asList(ConflictReason.values()));
    }

    @GetMapping
    @PreAuthorize(StaffAccess.CAN_VIEW)
    String list(Model model, Authentication authentication) {
        model.addAttribute("rows", chairs.all().stream().map(c -> new ChairRow(c, WeekDays.shortList(c.getWorkingDays()))).toList());
        model.addAttribute("canEdit", StaffAccess.canEdit(authentication));
        return "staff/chairs";
    }

    @GetMapping("/new")
    @PreAuthorize(StaffAccess.CAN_EDIT)
    String newChair(Model model) {
        return showNew(ChairForm.empty(), Map.of(), model);
    }

    @PostMapping
    @PreAuthorize(StaffAccess.CAN_EDIT)
    String create(@ModelAttribute("form") ChairForm form, Model model, RedirectAttributes redirect) {
        try {
            Chair created = chairs.create(form.details());
            redirect.addFlashAttribute("flash", created.getName() + " added. Record any conflicts below");
            return "redirect:/staff/chairs/" + created.getId();
        }
        catch (StaffValidationException e) {
            return showNew(form, e.errors(), model);
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize(StaffAccess.CAN_EDIT)
    String edit(@PathVariable long id, Model model) {
        Chair chair = chairs.get(id);
        return showEdit(chair, ChairForm.of(chair), ConflictForm.empty(), Map.of(), model);
    }

    @PostMapping("/{id}")
    @PreAuthorize(StaffAccess.CAN_EDIT)
    String update(@PathVariable long id, @ModelAttribute("form") ChairForm form, Model model,
            RedirectAttributes redirect) {
        try {
            Chair saved = chairs.update(id, versionOf(form.version()), form.details());
            redirect.addFlashAttribute("flash", "Changes to " + saved.getName() + " saved");
            return "redirect:/staff/chairs/" + id;
        }
        catch (StaffValidationException e) {
            return showEdit(chairs.get(id), form, ConflictForm.empty(), e.errors(), model);
        }
    }

    @PostMapping("/{id}/status")
    @PreAuthorize(StaffAccess.CAN_EDIT)
    String changeStatus(@PathVariable long id, @RequestParam(required = false) Integer version,
            @RequestParam boolean active, Model model, RedirectAttributes redirect) {
        try {
            Chair saved = chairs.changeStatus(id, versionOf(version), active);
            redirect.addFlashAttribute("flash", saved.getName() + (active ? " is back in the service" : " has left the service"));
            return "redirect:/staff/chairs/" + id;
        }
        catch (StaffValidationException e) {
            return showEditAsStored(id, e.errors(), model);
        }
    }

    @PostMapping("/{id}/conflicts")
    @PreAuthorize(StaffAccess.CAN_EDIT)
    String addConflict(@PathVariable long id, @RequestParam(required = false) Integer version,
            @ModelAttribute("conflictForm") ConflictForm conflict, Model model, RedirectAttributes redirect) {
        try {
            chairs.addConflict(id, versionOf(version), conflict.personName(), conflict.personRole(),
                    conflict.personTeam(), conflict.reason());
            redirect.addFlashAttribute("flash", "Conflict recorded");
            return "redirect:/staff/chairs/" + id + "#conflicts";
        }
        catch (StaffValidationException e) {
            Chair chair = chairs.get(id);
            return showEdit(chair, ChairForm.of(chair), conflict, conflictFieldIds(e.errors()), model);
        }
    }

    @PostMapping("/{id}/conflicts/remove")
    @PreAuthorize(StaffAccess.CAN_EDIT)
    String removeConflict(@PathVariable long id, @RequestParam(required = false) Integer version,
            @RequestParam int index, Model model, RedirectAttributes redirect) {
        try {
            chairs.removeConflict(id, versionOf(version), index);
            redirect.addFlashAttribute("flash", "Conflict removed");
            return "redirect:/staff/chairs/" + id + "#conflicts";
        }
        catch (StaffValidationException e) {
            return showEditAsStored(id, e.errors(), model);
        }
    }

    private static int versionOf(Integer version) {
        if (version == null) {
            throw new StaffValidationException("version", "The form was incomplete. Reload the page and try again");
        }
        return version;
    }

    /** The service names the API's fields; on this page the conflict fields carry a prefix. */
    private static Map<String, String> conflictFieldIds(Map<String, String> errors) {
        Map<String, String> ids = new LinkedHashMap<>();
        errors.forEach((field, message) -> ids.put(switch (field) {
            case "role" -> "personRole";
            case "team" -> "personTeam";
            default -> field;
        }, message));
        return ids;
    }

    private String showNew(ChairForm form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("teams", chairs.teams());
        return "staff/chair-new";
    }

    private String showEditAsStored(long id, Map<String, String> errors, Model model) {
        Chair chair = chairs.get(id);
        return showEdit(chair, ChairForm.of(chair), ConflictForm.empty(), errors, model);
    }

    private String showEdit(Chair chair, ChairForm form, ConflictForm conflict, Map<String, String> errors,
            Model model) {
        model.addAttribute("chair", chair);
        model.addAttribute("conflicts", chair.getConflicts());
        model.addAttribute("form", form);
        model.addAttribute("conflictForm", conflict);
        model.addAttribute("errors", errors);
        model.addAttribute("teams", chairs.teams());
        return "staff/chair-edit";
    }
}

package org.irohub.protection.web;

import java.util.Map;

import org.irohub.protection.LateReasons;
import org.irohub.protection.ProtectionException;
import org.irohub.protection.ProtectionRoles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators add reasons out of timescale to the seed's list, or retire ones no longer used. */
@Controller
@RequestMapping("/admin/late-reasons")
@PreAuthorize(ProtectionRoles.ADMINISTER_LISTS)
class LateReasonPages {

    private final LateReasons lateReasons;

    LateReasonPages(LateReasons lateReasons) {
        this.lateReasons = lateReasons;
    }

    @GetMapping
    String list(Model model) {
        return show("", Map.of(), model);
    }

    @PostMapping
    String add(@RequestParam(defaultValue = "") String label, Model model, RedirectAttributes redirect) {
        try {
            var added = lateReasons.add(label);
            redirect.addFlashAttribute("flash", "“" + added.label() + "” added");
            return "redirect:/admin/late-reasons";
        }
        catch (ProtectionException e) {
            return show(label, Map.of("label", e.getMessage()), model);
        }
    }

    @PostMapping("/{code}")
    String setActive(@PathVariable String code, @RequestParam boolean active, RedirectAttributes redirect) {
        lateReasons.setActive(code, active);
        redirect.addFlashAttribute("flash", active ? "Reason back in use" : "Reason retired: past conferences keep it");
        return "redirect:/admin/late-reasons";
    }

    private String show(String label, Map<String, String> errors, Model model) {
        model.addAttribute("reasons", lateReasons.all());
        model.addAttribute("label", label);
        model.addAttribute("errors", errors);
        return "protection/late-reasons";
    }
}

package org.irohub.children.web;

import java.security.Principal;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.irohub.children.internal.ChildFinder;
import org.irohub.children.internal.ChildRecordView;
import org.irohub.children.internal.ChildRecords;
import org.irohub.children.internal.ChildValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Finding a child, and recording a new one. */
@Controller
@RequestMapping("/children")
@PreAuthorize(ChildWeb.CAN_SEE_CHILDREN)
class ChildFindPages {

    private final ChildFinder finder;
    private final ChildRecords records;

    ChildFindPages(ChildFinder finder, ChildRecords records) {
        this.finder = finder;
        this.records = records;
    }

    @GetMapping
    String find(@ModelAttribute("search") ChildSearchForm form, HttpServletRequest request, Principal user,
            Model model) {
        model.addAttribute("errors", Map.of());
        if (request.getParameterMap().isEmpty()) {
            return "children/find";
        }
        try {
            model.addAttribute("result", finder.search(form.toSearch(), user.getName()));
        }
        catch (ChildValidationException e) {
            model.addAttribute("errors", e.errors());
        }
        return "children/find";
    }

    @GetMapping("/new")
    String newChild(Model model) {
        model.addAttribute("form", ChildForm.empty());
        model.addAttribute("errors", Map.of());
        return "children/new";
    }

    @PostMapping
    String create(@ModelAttribute("form") ChildForm form, Model model, RedirectAttributes redirect) {
        try {
            ChildRecordView created = records.create(form.toInput());
            redirect.addFlashAttribute("flash", "Record for " + created.summary().fullName() + " created");
            return "redirect:/children/" + created.id();
        }
        catch (ChildValidationException e) {
            model.addAttribute("errors", e.errors());
            return "children/new";
        }
    }
}

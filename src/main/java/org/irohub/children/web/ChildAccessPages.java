package org.irohub.children.web;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.irohub.children.ChildId;
import org.irohub.children.internal.ChildAccessView;
import org.irohub.children.internal.ChildRecords;
import org.irohub.children.internal.ChildValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Who may see a child's record: restrict it to named users or lift the restriction. Shows no details of the
 * child, so an administrator who is not named can hand a restricted record on without reading it.
 */
@Controller
@RequestMapping("/children/{id}/access")
@PreAuthorize(ChildWeb.CAN_SEE_CHILDREN)
class ChildAccessPages {

    private final ChildRecords records;

    ChildAccessPages(ChildRecords records) {
        this.records = records;
    }

    @GetMapping
    String show(@PathVariable long id, Authentication user, Model model) {
        ChildAccessView access = records.viewAccess(ChildWeb.childId(id), user.getName(),
                ChildWeb.isAdministrator(user));
        return showAccess(access, access.restricted(), String.join("\n", access.allowedUsers()), Map.of(), model);
    }

    @PostMapping
    String change(@PathVariable long id, @RequestParam int version,
            @RequestParam(defaultValue = "false") boolean restricted,
            @RequestParam(defaultValue = "") String allowedUsers, Authentication user, Model model,
            RedirectAttributes redirect) {
        ChildId childId = ChildWeb.childId(id);
        boolean administrator = ChildWeb.isAdministrator(user);
        try {
            ChildAccessView saved = records.changeAccess(childId, version, restricted, usernames(allowedUsers),
                    user.getName(), administrator);
            redirect.addFlashAttribute("flash", saved.restricted()
                    ? "Record restricted to " + String.join(", ", saved.allowedUsers()) : "Record no longer restricted");
            boolean stillSees = !saved.restricted()
                    || saved.allowedUsers().stream().anyMatch(u -> u.equalsIgnoreCase(user.getName()));
            if (stillSees) {
                return "redirect:/children/" + id;
            }
            // They named others only: they can no longer open the record (an administrator keeps this page).
            return administrator ? "redirect:/children/" + id + "/access" : "redirect:/children";
        }
        catch (ChildValidationException e) {
            ChildAccessView current = records.viewAccess(childId, user.getName(), administrator);
            return showAccess(current, restricted, allowedUsers, e.errors(), model);
        }
    }

    private static Set<String> usernames(String typed) {
        return Arrays.stream(typed.split("[,\\s]+")).filter(s -> !s.isBlank()).collect(Collectors.toSet());
    }

    private static String showAccess(ChildAccessView access, boolean restricted, String allowedUsers,
            Map<String, String> errors, Model model) {
        model.addAttribute("access", access);
        model.addAttribute("restricted", restricted);
        model.addAttribute("allowedUsers", allowedUsers);
        model.addAttribute("errors", errors);
        return "children/access";
    }
}

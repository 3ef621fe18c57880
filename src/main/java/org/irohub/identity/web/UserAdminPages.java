package org.irohub.identity.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.irohub.identity.NewUser;
import org.irohub.identity.Roles;
import org.irohub.identity.UserAccount;
import org.irohub.identity.UserAccountException;
import org.irohub.identity.UserAccountService;
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

/** Administrators create users, change their roles, disable or enable them and reset their passwords. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize(Roles.IS_ADMIN)
class UserAdminPages {

    private final UserAccountService users;

    UserAdminPages(UserAccountService users) {
        this.users = users;
    }

    @ModelAttribute("allRoles")
    Map<String, String> allRoles() {
        Map<String, String> roles = new LinkedHashMap<>();
        Roles.ALL.forEach(r -> roles.put(r, Roles.label(r)));
        return roles;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", users.all());
        return "identity/users";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("form", UserForm.empty());
        model.addAttribute("errors", Map.of());
        return "identity/user-new";
    }

    @PostMapping
    String create(@ModelAttribute("form") UserForm form, Model model, RedirectAttributes redirect) {
        try {
            UserAccount created = users.create(new NewUser(form.username(), form.displayName(), form.email(),
                    form.password(), form.roleSet()));
            redirect.addFlashAttribute("flash", "User " + created.getUsername() + " created");
            return "redirect:/admin/users";
        }
        catch (UserAccountException e) {
            model.addAttribute("form", new UserForm(form.username(), form.displayName(), form.email(), "",
                    form.roles(), null));
            model.addAttribute("errors", Map.of(e.field(), e.getMessage()));
            return "identity/user-new";
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        UserAccount user = users.get(id);
        return showEdit(user, new UserForm(user.getUsername(), user.getDisplayName(), user.getEmail(), "",
                user.getRoles().stream().toList(), user.getVersion()), Map.of(), model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") UserForm form, Model model,
            RedirectAttributes redirect) {
        try {
            UserAccount saved = users.update(id, versionOf(form), form.displayName(), form.email(), form.roleSet());
            redirect.addFlashAttribute("flash", "Changes to " + saved.getUsername() + " saved");
            return "redirect:/admin/users/" + id;
        }
        catch (UserAccountException e) {
            return showEdit(users.get(id), form, Map.of(e.field(), e.getMessage()), model);
        }
    }

    @PostMapping("/{id}/status")
    String changeStatus(@PathVariable long id, @RequestParam int version, @RequestParam boolean enable,
            Principal principal, Model model, RedirectAttributes redirect) {
        try {
            UserAccount saved = enable ? users.enable(id, version) : users.disable(id, version, principal.getName());
            redirect.addFlashAttribute("flash", saved.getUsername() + (enable ? " can sign in again" : " can no longer sign in"));
            return "redirect:/admin/users/" + id;
        }
        catch (UserAccountException e) {
            UserAccount user = users.get(id);
            return showEdit(user, formOf(user), Map.of(e.field(), e.getMessage()), model);
        }
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam int version, @RequestParam String password,
            Model model, RedirectAttributes redirect) {
        try {
            UserAccount saved = users.resetPassword(id, version, password);
            redirect.addFlashAttribute("flash", "Password for " + saved.getUsername() + " reset. Give it to them in person or by a secure channel");
            return "redirect:/admin/users/" + id;
        }
        catch (UserAccountException e) {
            UserAccount user = users.get(id);
            return showEdit(user, formOf(user), Map.of(e.field(), e.getMessage()), model);
        }
    }

    private static UserForm formOf(UserAccount user) {
        return new UserForm(user.getUsername(), user.getDisplayName(), user.getEmail(), "",
                user.getRoles().stream().toList(), user.getVersion());
    }

    private static int versionOf(UserForm form) {
        if (form.version() == null) {
            throw new UserAccountException("version", "The form was incomplete. Reload the page and try again");
        }
        return form.version();
    }

    private String showEdit(UserAccount user, UserForm form, Map<String, String> errors, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "identity/user-edit";
    }
}

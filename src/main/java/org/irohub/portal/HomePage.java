package org.irohub.portal;

import java.util.List;

import org.irohub.identity.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: one section for each role the user holds, with what that role does here. */
@Controller
class HomePage {

    @GetMapping("/")
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    String home(Model model) {
        List<RoleHome> sections = Roles.ALL.stream()
            .filter(Navigation.currentRoles()::contains)
            .map(RoleHome::of)
            .toList();
        model.addAttribute("sections", sections);
        return "portal/home";
    }
}

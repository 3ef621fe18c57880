package org.irohub.protection.web;

import java.security.Principal;

import org.irohub.protection.minutes.MinutesRoles;
import org.irohub.protection.minutes.MyConferences;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A chair's own page: conferences to chair and prepare for, contact with children to record, minutes to approve. */
@Controller
class MyConferencesPages {

    private final MyConferences myConferences;

    MyConferencesPages(MyConferences myConferences) {
        this.myConferences = myConferences;
    }

    @GetMapping("/my-conferences")
    @PreAuthorize(MinutesRoles.CHAIR)
    String mine(Principal principal, Model model) {
        model.addAttribute("agenda", myConferences.of(principal.getName()).map(ChairAgendaPage::of).orElse(null));
        return "protection/minutes/my-conferences";
    }
}

package org.irohub.identity.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security handles the form post, this only explains what happened last. */
@Controller
class SignInPage {

    @GetMapping("/sign-in")
    @PreAuthorize("permitAll()")
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
            @RequestParam(required = false) String signedOut, @RequestParam(required = false) String timedOut,
            Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (error != null) {
            errors.put("username", "Enter a correct username and password");
        }
        if (locked != null) {
            errors.put("username", "You entered incorrect details too many times. Try again in 15 minutes or ask your administrator to reset your password");
        }
        model.addAttribute("errors", errors);
        if (signedOut != null) {
            model.addAttribute("notice", "You have signed out.");
        }
        if (timedOut != null) {
            model.addAttribute("notice", "You were signed out because you were inactive for 30 minutes. Sign in again to continue.");
        }
        return "identity/sign-in";
    }
}

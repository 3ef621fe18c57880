package org.irohub.calendar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.irohub.calendar.Timescale;
import org.irohub.calendar.TimescaleId;
import org.irohub.calendar.Timescales;
import org.irohub.calendar.internal.TimescaleChangeRefused;
import org.irohub.calendar.internal.TimescaleChanging;
import org.irohub.identity.Roles;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Everyone can read the timescales the service works to; administrators change them from a date. */
@Controller
@RequestMapping("/settings/timescales")
class TimescalePages {

    private final Timescales timescales;
    private final TimescaleChanging changing;
    private final Clock clock;

    TimescalePages(Timescales timescales, TimescaleChanging changing, Clock clock) {
        this.timescales = timescales;
        this.changing = changing;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    String list(Authentication user, Model model) {
        model.addAttribute("timescales", timescales.inForceToday());
        model.addAttribute("scheduled", timescales);
        model.addAttribute("canChange", user.getAuthorities().stream()
            .anyMatch(a -> a.getAuthority().equals("ROLE_" + Roles.ADMIN)));
        return "calendar/timescales";
    }

    @GetMapping("/{key}")
    @PreAuthorize(Roles.IS_ADMIN)
    String edit(@PathVariable String key, Model model) {
        TimescaleId id = idOf(key);
        LocalDate today = LocalDate.now(clock);
        return showEdit(id, TimescaleForm.startingOn(timescales.inForceOn(id, today).amount(), today), Map.of(), model);
    }

    @PostMapping("/{key}")
    @PreAuthorize(Roles.IS_ADMIN)
    String change(@PathVariable String key, @ModelAttribute("form") TimescaleForm form, Model model,
            RedirectAttributes redirect) {
        TimescaleId id = idOf(key);
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            return showEdit(id, form, problems, model);
        }
        try {
            var change = changing.change(id, form.parsedAmount(), form.parsedDate());
            Timescale changed = timescales.inForceOn(id, change.effectiveFrom());
            redirect.addFlashAttribute("flash", changed.what() + ": " + changed.describe() + " from "
                    + change.effectiveFrom().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)));
            return "redirect:/settings/timescales";
        }
        catch (TimescaleChangeRefused e) {
            return showEdit(id, form, Map.of(e.field(), e.getMessage()), model);
        }
    }

    private String showEdit(TimescaleId id, TimescaleForm form, Map<String, String> errors, Model model) {
        model.addAttribute("timescale", timescales.inForceOn(id, LocalDate.now(clock)));
        model.addAttribute("shipped", timescales.configured(id));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "calendar/timescale-edit";
    }

    private static TimescaleId idOf(String key) {
        return TimescaleId.ofKey(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}

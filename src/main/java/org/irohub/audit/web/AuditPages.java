package org.irohub.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.irohub.audit.AuditChainVerifier;
import org.irohub.audit.AuditChannel;
import org.irohub.audit.AuditEntries;
import org.irohub.audit.AuditFilter;
import org.irohub.audit.AuditOutcome;
import org.irohub.identity.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/** The auditor's view of the log: filter by person, action, record, channel, outcome and dates. */
@Controller
@RequestMapping("/audit")
@PreAuthorize(Roles.IS_AUDITOR_OR_ADMIN)
class AuditPages {

    private static final int PAGE_SIZE = 50;

    private final AuditEntries entries;
    private final AuditChainVerifier verifier;

    AuditPages(AuditEntries entries, AuditChainVerifier verifier) {
        this.entries = entries;
        this.verifier = verifier;
    }

    @GetMapping
    String list(@ModelAttribute("filter") AuditFilterForm form, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate from = parse(form.from(), "from", "Date from", errors);
        LocalDate to = parse(form.to(), "to", "Date to", errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.put("to", "Date to must be the same as or after date from");
        }
        AuditChannel channel = enumOrNull(AuditChannel.class, form.channel());
        AuditOutcome outcome = enumOrNull(AuditOutcome.class, form.outcome());
        model.addAttribute("errors", errors);
        model.addAttribute("channels", AuditChannel.values());
        model.addAttribute("outcomes", AuditOutcome.values());
        if (errors.isEmpty()) {
            var filter = new AuditFilter(form.actor(), form.action(), form.recordType(), form.recordId(), channel,
                    outcome, from, to);
            model.addAttribute("result", entries.find(filter, Math.max(0, form.pageOrZero()), PAGE_SIZE));
        }
        return "audit/log";
    }

    @GetMapping("/verify")
    String verify(Model model) {
        model.addAttribute("verification", verifier.verify());
        return "audit/verify";
    }

    private static LocalDate parse(String value, String field, String label, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        }
        catch (DateTimeParseException e) {
            errors.put(field, label + " must be a real date, for example 2017-03-31");
            return null;
        }
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        return null;
    }
}

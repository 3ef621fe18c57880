package org.irohub.protection;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks on an outcome before anything is written: a conference cannot be held before the event it
 * follows or in the future, and one held after its due date needs at least one known reason out of timescale.
 */
final class ConferenceRules {

    private ConferenceRules() {
    }

    static void checkHeldOn(LocalDate heldOn, LocalDate notBefore, String notBeforeWhat, LocalDate today) {
        if (heldOn == null) {
            throw ProtectionException.invalid("heldOn", "Enter the date the conference was held");
        }
        if (heldOn.isAfter(today)) {
            throw ProtectionException.invalid("heldOn", "The date the conference was held must be today or in the past");
        }
        if (notBefore != null && heldOn.isBefore(notBefore)) {
            throw ProtectionException.invalid("heldOn",
                    "The conference cannot be held before " + notBeforeWhat + " on " + notBefore);
        }
    }

    /**
     * Reasons out of timescale are required when the conference is late and ignored when it is not (they
     * describe lateness, and the scorecard counts them by month).
     */
    static Set<String> lateReasons(LocalDate heldOn, LocalDate due, List<String> given, Set<String> known) {
        if (!heldOn.isAfter(due)) {
            return Set.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String code : given) {
            String trimmed = code == null ? "" : code.trim().toUpperCase();
            if (!known.contains(trimmed)) {
                throw ProtectionException.invalid("lateReasons", "'" + code + "' is not a reason out of timescale");
            }
            codes.add(trimmed);
        }
        if (codes.isEmpty()) {
            throw ProtectionException.unprocessable("lateReasons", "The conference was held after its due date of "
                    + due + ": give at least one reason out of timescale");
        }
        return codes;
    }

    static Category category(String code, String field, boolean required) {
        if (code == null || code.isBlank()) {
            if (required) {
                throw ProtectionException.invalid(field, "Select the category of abuse: NEG, PHY, SAB, EMO or MUL");
            }
            return null;
        }
        return Category.ofCode(code)
            .orElseThrow(() -> ProtectionException.invalid(field,
                    "'" + code + "' is not a category: use NEG, PHY, SAB, EMO or MUL"));
    }
}

package org.irohub.staff;

import java.util.List;

/**
 * The answer of {@link ChairIndependencePolicy}: whether the chair is independent of the case, and every
 * reason when not. {@code checked} is {@code false} when the policy is switched off, so a screen can say that
 * no check was made rather than implying one passed.
 */
public record Independence(boolean independent, boolean checked, List<String> reasons) {

    public Independence {
        reasons = List.copyOf(reasons);
    }

    static Independence confirmed() {
        return new Independence(true, true, List.of());
    }

    static Independence notChecked() {
        return new Independence(true, false, List.of());
    }

    static Independence refused(List<String> reasons) {
        return new Independence(false, true, reasons);
    }

    /** The reasons as one sentence for a page, or an empty string when independent. */
    public String reason() {
        return String.join("; ", reasons);
    }
}

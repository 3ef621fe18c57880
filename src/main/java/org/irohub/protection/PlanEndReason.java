package org.irohub.protection;

import java.util.Arrays;
import java.util.Optional;

/** Why a child protection plan ends (Working Together; rules.md "A plan ends when …"). */
public enum PlanEndReason {
    NO_LONGER_AT_RISK("No longer at continuing risk of significant harm"),
    TRANSFERRED_TO_ANOTHER_AUTHORITY("Moved permanently to another authority, which held a transfer-in conference"),
    REACHED_18("Reached 18"),
    DIED("Died"),
    LEFT_THE_UK("Left the UK permanently");

    private final String label;

    PlanEndReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<PlanEndReason> ofCode(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(code.trim())).findFirst();
    }
}

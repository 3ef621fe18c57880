package org.irohub.protection;

import java.util.Arrays;
import java.util.Optional;

/** What an initial conference recommends when the child does not need a child protection plan. */
public enum NoPlanRecommendation {
    CHILD_IN_NEED_PLAN("Child in need plan"),
    SERVICES("Services (early help or other support)"),
    REFERRAL("Referral to another agency"),
    NO_FURTHER_ACTION("No further action");

    private final String label;

    NoPlanRecommendation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<NoPlanRecommendation> ofCode(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(code.trim())).findFirst();
    }
}

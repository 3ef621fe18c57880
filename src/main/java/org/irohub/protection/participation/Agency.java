package org.irohub.protection.participation;

import java.util.Arrays;
import java.util.Optional;

/** The agency or discipline an invited professional comes from. Health disciplines count once towards quoracy. */
public enum Agency {
    CHILDRENS_SOCIAL_CARE("Children's social care", false),
    HEALTH_VISITOR("Health visitor", true),
    SCHOOL_NURSE("School nurse", true),
    GP("GP", true),
    MIDWIFE("Midwife", true),
    PAEDIATRICIAN("Paediatrician", true),
    MENTAL_HEALTH("Mental health", true),
    POLICE("Police", false),
    EDUCATION("Education", false),
    EARLY_YEARS("Early years", false),
    HOUSING("Housing", false),
    PROBATION("Probation", false),
    ADULT_SERVICES("Adult services", false),
    VOLUNTARY_SECTOR("Voluntary sector", false),
    OTHER("Other agency", false);

    private final String label;
    private final boolean health;

    Agency(String label, boolean health) {
        this.label = label;
        this.health = health;
    }

    public String label() {
        return label;
    }

    public boolean isHealth() {
        return health;
    }

    public static Optional<Agency> ofCode(String code) {
        return Arrays.stream(values()).filter(a -> a.name().equals(code)).findFirst();
    }
}

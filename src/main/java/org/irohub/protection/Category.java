package org.irohub.protection;

import java.util.Arrays;
import java.util.Optional;

/** Category of abuse under which a child is the subject of a child protection plan. */
public enum Category {
    NEG("Neglect"), PHY("Physical abuse"), SAB("Sexual abuse"), EMO("Emotional abuse"), MUL("Multiple");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Category> ofCode(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(code.trim())).findFirst();
    }
}

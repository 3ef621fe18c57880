package org.irohub.protection.participation;

import java.util.Arrays;
import java.util.Optional;

/** How a child gave their views to the conference (seed 9.2): in person, an advocate, the pack, or MOMO. */
public enum ViewsMethod {
    IN_PERSON("In person"),
    ADVOCATE("Through an advocate"),
    CONFERENCE_PACK("Conference pack"),
    MIND_OF_MY_OWN("Mind of My Own (MOMO) statement"),
    OTHER("Another way");

    private final String label;

    ViewsMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<ViewsMethod> ofCode(String code) {
        return Arrays.stream(values()).filter(m -> m.name().equals(code)).findFirst();
    }
}

package org.irohub.children;

import java.util.Locale;

/** Sex as recorded in the CIN census: M, F or U (not known, including an unborn child). */
public enum Sex {
    MALE("M"), FEMALE("F"), UNKNOWN("U");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    /** The CIN census code. */
    public String code() {
        return code;
    }

    /** Accepts the name or the census code, in any case: {@code MALE}, {@code m}. */
    public static Sex parse(String input) {
        if (input == null || input.isBlank()) {
            throw new IllegalArgumentException("Select the child's sex");
        }
        String s = input.trim().toUpperCase(Locale.ROOT);
        for (Sex sex : values()) {
            if (sex.name().equals(s) || sex.code.equals(s)) {
                return sex;
            }
        }
        throw new IllegalArgumentException("Sex must be MALE, FEMALE or UNKNOWN (or M, F, U)");
    }

    public String label() {
        return switch (this) {
            case MALE -> "Male";
            case FEMALE -> "Female";
            case UNKNOWN -> "Not known";
        };
    }
}

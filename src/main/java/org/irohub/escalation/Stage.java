package org.irohub.escalation;

/** The stages of escalation, each at a higher level of seniority; all but {@link #INFORMAL} are formal. */
public enum Stage {
    INFORMAL("Informal"), STAGE_1("Stage 1"), STAGE_2("Stage 2"), STAGE_3("Stage 3"), STAGE_4("Stage 4"),
    STAGE_5("Stage 5");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isFormal() {
        return this != INFORMAL;
    }

    /** Whether going from this stage to {@code next} passes over a stage between them. */
    boolean skipsTo(Stage next) {
        return next.ordinal() > ordinal() + 1;
    }
}

package org.irohub.protection.minutes;

import java.util.Arrays;
import java.util.Optional;

/**
 * The steps of a conference's minutes, in the order they happen. The decision letter stands alone; the full
 * record goes received, approved, distributed; corrections are optional and follow distribution.
 */
public enum MinutesStep {

    DECISION_LETTER_SENT("decision-letter-sent", "decisionLetterSent", "Decision letter with the outline plan sent",
            "record the decision letter as sent", null),
    RECEIVED("received", "received", "Minutes received from the minute-taker", "record the minutes as received", null),
    APPROVED("approved", "approved", "Minutes approved by the chair", "approve the minutes", RECEIVED),
    DISTRIBUTED("distributed", "distributed", "Minutes distributed", "distribute the minutes", APPROVED),
    CORRECTIONS_REQUESTED("corrections-requested", "correctionsRequested", "Corrections requested by a participant",
            "record corrections as requested", DISTRIBUTED),
    CORRECTIONS_RECEIVED("corrections-received", "correctionsReceived", "Corrections received and made",
            "record corrections as received", CORRECTIONS_REQUESTED);

    private final String code;
    private final String field;
    private final String label;
    private final String action;
    private final MinutesStep after;

    MinutesStep(String code, String field, String label, String action, MinutesStep after) {
        this.code = code;
        this.field = field;
        this.label = label;
        this.action = action;
        this.after = after;
    }

    /** The step's name in addresses: {@code /api/conferences/1/minutes/decision-letter-sent}. */
    public String code() {
        return code;
    }

    /** The field a refusal names, and the id of the step's date on the conference page. */
    public String field() {
        return field;
    }

    public String label() {
        return label;
    }

    /** What the person was trying to do, for refusal messages: "You cannot approve the minutes…". */
    public String action() {
        return action;
    }

    /** The step that must be done first, or null when the step can be done as soon as the conference is held. */
    public MinutesStep after() {
        return after;
    }

    public static Optional<MinutesStep> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}

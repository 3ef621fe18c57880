package org.irohub.protection.participation;

import java.util.Arrays;
import java.util.Optional;

/** Whether an invitee came. Only ATTENDED counts towards quoracy: a report alone does not make a conference quorate. */
public enum Attendance {
    ATTENDED("Attended", "green"),
    APOLOGIES("Apologies", "yellow"),
    REPORT_ONLY("Report only", "blue"),
    DID_NOT_ATTEND("Did not attend", "red");

    private final String label;
    private final String colour;

    Attendance(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    /** The GOV.UK tag colour the pages show it in. */
    public String colour() {
        return colour;
    }

    public static Optional<Attendance> ofCode(String code) {
        return Arrays.stream(values()).filter(a -> a.name().equals(code)).findFirst();
    }
}

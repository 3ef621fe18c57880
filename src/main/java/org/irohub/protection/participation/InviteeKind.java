package org.irohub.protection.participation;

import java.util.Arrays;
import java.util.Optional;

/** Who an invitee is to the conference; only an AGENCY invitee has an agency and a report. */
public enum InviteeKind {
    CHILD("Child or young person"),
    PARENT_CARER("Parent or carer"),
    AGENCY("Agency or professional"),
    OTHER("Other");

    private final String label;

    InviteeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<InviteeKind> ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.name().equals(code)).findFirst();
    }
}

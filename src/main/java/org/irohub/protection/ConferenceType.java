package org.irohub.protection;

/** The kinds of child protection conference. */
public enum ConferenceType {
    /** Initial child protection conference (ICPC), after a section 47 enquiry. */
    INITIAL,
    /** Review child protection conference (RCPC) of an existing plan. */
    REVIEW,
    /** Conference for a child moving in permanently from another authority with a plan there. */
    TRANSFER_IN;

    public String label() {
        return switch (this) {
            case INITIAL -> "Initial conference";
            case REVIEW -> "Review conference";
            case TRANSFER_IN -> "Transfer-in conference";
        };
    }
}

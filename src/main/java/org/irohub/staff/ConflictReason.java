package org.irohub.staff;

/** Why a chair is not independent of a person or team (Working Together: no operational or line-management role). */
public enum ConflictReason {

    LINE_MANAGEMENT("Line management"),
    OPERATIONAL_INVOLVEMENT("Operational involvement");

    private final String label;

    ConflictReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

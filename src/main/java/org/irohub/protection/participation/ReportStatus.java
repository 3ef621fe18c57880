package org.irohub.protection.participation;

/** Where a report to the conference stands: tracked as received on time, late, or not at all (rules.md). */
public enum ReportStatus {
    NOT_EXPECTED("Not expected", "grey"),
    AWAITED("Awaited", "blue"),
    OVERDUE("Overdue", "orange"),
    ON_TIME("Received on time", "green"),
    LATE("Received late", "yellow"),
    NONE("No report", "red");

    private final String label;
    private final String colour;

    ReportStatus(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    public String colour() {
        return colour;
    }
}

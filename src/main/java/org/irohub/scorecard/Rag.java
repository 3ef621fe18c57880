package org.irohub.scorecard;

/** Red, amber, green against a local target. */
public enum Rag {
    GREEN("Green", "green"), AMBER("Amber", "yellow"), RED("Red", "red");

    private final String label;
    private final String govukTagColour;

    Rag(String label, String govukTagColour) {
        this.label = label;
        this.govukTagColour = govukTagColour;
    }

    public String label() {
        return label;
    }

    /** The GOV.UK Frontend tag modifier: {@code govuk-tag--green} and so on. */
    public String govukTagColour() {
        return govukTagColour;
    }
}

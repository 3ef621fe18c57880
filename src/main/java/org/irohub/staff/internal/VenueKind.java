package org.irohub.staff.internal;

/** A building, or a video-call service (no address; its rooms are meeting links with no seat count). */
public enum VenueKind {

    IN_PERSON("A building"),
    VIRTUAL("A video call");

    private final String label;

    VenueKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

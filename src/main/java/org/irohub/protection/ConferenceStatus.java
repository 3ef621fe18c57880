package org.irohub.protection;

/** Where a conference is in its life: requested, then booked, then held; or closed without being held. */
public enum ConferenceStatus {
    REQUESTED, BOOKED, HELD, NOT_REQUIRED, CANCELLED;

    public boolean isOpen() {
        return this == REQUESTED || this == BOOKED;
    }
}

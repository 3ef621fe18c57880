package org.irohub.scheduling.internal;

/** A booking stands until it is cancelled; a rebooking changes it in place and keeps what it was. */
public enum BookingStatus {
    BOOKED, CANCELLED
}

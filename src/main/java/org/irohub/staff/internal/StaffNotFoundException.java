package org.irohub.staff.internal;

/** No chair, venue or room with the id asked for. */
public class StaffNotFoundException extends RuntimeException {

    public StaffNotFoundException(String what, long id) {
        super("No " + what + " with id " + id);
    }
}

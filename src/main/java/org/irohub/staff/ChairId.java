package org.irohub.staff;

/** Identifies a chair; other modules keep this, never the chair's name, when they allocate a conference. */
public record ChairId(long value) {

    public ChairId {
        if (value <= 0) {
            throw new IllegalArgumentException("A chair id is a positive number");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

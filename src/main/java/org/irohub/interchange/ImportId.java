package org.irohub.interchange;

/** The identity of one CIN census import. */
public record ImportId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

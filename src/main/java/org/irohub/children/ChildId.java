package org.irohub.children;

/** The identity of a child record in IRO Hub (not the local authority's own id, which is {@link LaChildId}). */
public record ChildId(long value) {

    public ChildId {
        if (value <= 0) {
            throw new IllegalArgumentException("A child id is a positive number");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

package org.irohub.children;

/** The identity of a group of siblings who are conferenced together. */
public record SiblingGroupId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

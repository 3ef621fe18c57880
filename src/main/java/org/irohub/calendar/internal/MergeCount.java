package org.irohub.calendar.internal;

import org.irohub.calendar.Region;

/** What one merge did to one region's list. */
public record MergeCount(Region region, int added, int updated) {

    public boolean changedAnything() {
        return added > 0 || updated > 0;
    }

    public String describe() {
        return region.division() + ": " + added + " added, " + updated + " updated";
    }
}

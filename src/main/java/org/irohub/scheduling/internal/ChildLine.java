package org.irohub.scheduling.internal;

/**
 * A child as a list shows them: name and LA child id, or neither when the user may not see the record.
 *
 * @param name {@code null} when hidden
 */
public record ChildLine(long id, String name, String laChildId) {

    public boolean hidden() {
        return name == null;
    }
}

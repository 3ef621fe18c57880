package org.irohub.children.internal;

import org.irohub.children.LaChildId;

/** Another child already has this LA child id; a conflict with existing data rather than bad input. */
public class DuplicateLaChildIdException extends ChildValidationException {

    public DuplicateLaChildIdException(LaChildId id) {
        super("laChildId", "A child with LA child id " + id + " already exists");
    }
}

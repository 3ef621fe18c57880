package org.irohub.children.internal;

/** The record changed since the person loaded it; saving would overwrite someone else's change. */
public class StaleChildRecordException extends ChildValidationException {

    public StaleChildRecordException() {
        super("version", "Someone else changed this child's record while you were editing. "
                + "Your changes have not been saved: reload the page to see theirs, then make yours again");
    }
}

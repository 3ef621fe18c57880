package org.irohub.children;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * There is no child with that id, or there is one the user may not see: the two are deliberately
 * indistinguishable, so a restricted record's existence is never revealed.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ChildNotFoundException extends RuntimeException {

    public ChildNotFoundException(ChildId id) {
        super("There is no child record with id " + id);
    }
}

package org.irohub.staff.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refused change to a chair, venue or room, with every problem found keyed by the field at fault (in the
 * order the fields appear), so a page can show a GOV.UK error summary and the API can name the field.
 */
public class StaffValidationException extends RuntimeException {

    private final Map<String, String> errors;

    public StaffValidationException(Map<String, String> errors) {
        super(errors.values().iterator().next());
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public StaffValidationException(String field, String message) {
        this(Map.of(field, message));
    }

    /** Field id to message, in form order. */
    public Map<String, String> errors() {
        return errors;
    }

    /** The first field at fault. */
    public String field() {
        return errors.keySet().iterator().next();
    }

    static StaffValidationException staleEdit(String what) {
        return new StaffValidationException("version", "Someone else changed this " + what
                + " while you were editing. Reload the page to see their change, then try again");
    }
}

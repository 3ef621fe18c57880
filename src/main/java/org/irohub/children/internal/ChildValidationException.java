package org.irohub.children.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refused child record change, naming every field at fault (field name to message, in form order) so a page
 * can show them all in its error summary and the API can name them.
 */
public class ChildValidationException extends RuntimeException {

    private final Map<String, String> errors;

    public ChildValidationException(Map<String, String> errors) {
        super(errors.values().iterator().next());
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public ChildValidationException(String field, String message) {
        this(Map.of(field, message));
    }

    public Map<String, String> errors() {
        return errors;
    }

    public String firstField() {
        return errors.keySet().iterator().next();
    }
}

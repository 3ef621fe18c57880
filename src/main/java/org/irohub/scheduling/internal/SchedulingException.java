package org.irohub.scheduling.internal;

/**
 * A booking refused, naming the field at fault: {@link Kind#INVALID} input (400), {@link Kind#UNPROCESSABLE}
 * input that breaks a rule such as the chair's independence or working days (422), or a {@link Kind#CONFLICT}
 * with other bookings or the record as it is now (409), such as a chair or room already booked.
 */
public class SchedulingException extends RuntimeException {

    public enum Kind {
        INVALID, UNPROCESSABLE, CONFLICT
    }

    private final Kind kind;
    private final String field;
    private final java.util.Map<String, String> errors;

    public SchedulingException(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
        this.errors = java.util.Map.of(field, message);
    }

    /** Every field at fault at once, in the order the fields appear; the first is {@link #field()}. */
    public SchedulingException(java.util.Map<String, String> errors) {
        super(errors.values().iterator().next());
        this.kind = Kind.INVALID;
        this.field = errors.keySet().iterator().next();
        this.errors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(errors));
    }

    public static SchedulingException invalid(String field, String message) {
        return new SchedulingException(Kind.INVALID, field, message);
    }

    public static SchedulingException unprocessable(String field, String message) {
        return new SchedulingException(Kind.UNPROCESSABLE, field, message);
    }

    public static SchedulingException conflict(String field, String message) {
        return new SchedulingException(Kind.CONFLICT, field, message);
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }

    public java.util.Map<String, String> errors() {
        return errors;
    }
}

package org.irohub.protection;

/**
 * A request the child protection process refuses, naming the field at fault and how serious the refusal is:
 * {@link Kind#INVALID} input that can never be right (400), {@link Kind#UNPROCESSABLE} input that is
 * well-formed but breaks a rule of the process (422), or a {@link Kind#CONFLICT} with the record's current
 * state (409).
 */
public class ProtectionException extends RuntimeException {

    public enum Kind {
        INVALID, UNPROCESSABLE, CONFLICT
    }

    private final Kind kind;
    private final String field;

    public ProtectionException(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public static ProtectionException invalid(String field, String message) {
        return new ProtectionException(Kind.INVALID, field, message);
    }

    public static ProtectionException unprocessable(String field, String message) {
        return new ProtectionException(Kind.UNPROCESSABLE, field, message);
    }

    public static ProtectionException conflict(String field, String message) {
        return new ProtectionException(Kind.CONFLICT, field, message);
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }
}

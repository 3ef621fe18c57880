package org.irohub.escalation;

/**
 * A request the escalation process refuses, naming the field at fault: {@link Kind#INVALID} input (400),
 * {@link Kind#UNPROCESSABLE} input that breaks a rule of the process (422), or a {@link Kind#CONFLICT} with the
 * escalation's current state (409). {@link Kind#NOT_FOUND} is an escalation that does not exist (404).
 */
public class EscalationException extends RuntimeException {

    public enum Kind {
        INVALID, UNPROCESSABLE, CONFLICT, NOT_FOUND
    }

    private final Kind kind;
    private final String field;

    public EscalationException(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public static EscalationException invalid(String field, String message) {
        return new EscalationException(Kind.INVALID, field, message);
    }

    public static EscalationException unprocessable(String field, String message) {
        return new EscalationException(Kind.UNPROCESSABLE, field, message);
    }

    public static EscalationException conflict(String field, String message) {
        return new EscalationException(Kind.CONFLICT, field, message);
    }

    public static EscalationException notFound(EscalationId id) {
        return new EscalationException(Kind.NOT_FOUND, "id", "There is no escalation " + id);
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }
}

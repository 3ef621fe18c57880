package org.irohub.escalation;

public record EscalationId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

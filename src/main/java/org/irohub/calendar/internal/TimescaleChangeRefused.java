package org.irohub.calendar.internal;

/** A timescale change that breaks a rule, with the form field it concerns. */
public class TimescaleChangeRefused extends RuntimeException {

    private final String field;

    public TimescaleChangeRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

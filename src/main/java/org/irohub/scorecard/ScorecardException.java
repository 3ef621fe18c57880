package org.irohub.scorecard;

/** A request the scorecard refuses, naming the field at fault so the API and pages can point at it. */
public class ScorecardException extends RuntimeException {

    public enum Kind {
        INVALID, NOT_FOUND
    }

    private final Kind kind;
    private final String field;

    private ScorecardException(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public static ScorecardException invalid(String field, String message) {
        return new ScorecardException(Kind.INVALID, field, message);
    }

    public static ScorecardException notFound(String field, String message) {
        return new ScorecardException(Kind.NOT_FOUND, field, message);
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }

    static void checkPeriod(java.time.LocalDate from, java.time.LocalDate to) {
        if (from == null) {
            throw invalid("from", "Enter the first day of the period");
        }
        if (to == null) {
            throw invalid("to", "Enter the last day of the period");
        }
        if (from.isAfter(to)) {
            throw invalid("from", "The first day of the period (" + from + ") must not be after its last day (" + to
                    + ")");
        }
    }
}

package org.irohub.escalation;

/** The two configurable lists an escalation names: the agency it is raised against and its theme. */
public enum EscalationListKind {
    AGENCY("escalation_agency", "agency", "agencies", "EscalationAgency"),
    THEME("escalation_theme", "theme", "themes", "EscalationTheme");

    // Only ever one of these two constants, so it is safe to put in SQL text.
    final String table;
    private final String singular;
    private final String plural;
    final String recordType;

    EscalationListKind(String table, String singular, String plural, String recordType) {
        this.table = table;
        this.singular = singular;
        this.plural = plural;
        this.recordType = recordType;
    }

    public String singular() {
        return singular;
    }

    public String plural() {
        return plural;
    }
}

package org.irohub.escalation;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The agencies and themes an escalation may name: configurable lists kept as table rows. */
@Component
public class EscalationLists {

    private final JdbcClient jdbc;

    EscalationLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ListEntry> agencies() {
        return jdbc.sql("SELECT code, label FROM escalation_agency WHERE active ORDER BY position, code")
            .query(ListEntry.class).list();
    }

    public List<ListEntry> themes() {
        return jdbc.sql("SELECT code, label FROM escalation_theme WHERE active ORDER BY position, code")
            .query(ListEntry.class).list();
    }

    void requireAgency(String code) {
        if (code == null || agencies().stream().noneMatch(a -> a.code().equals(code))) {
            throw EscalationException.invalid("agency", "Choose an agency from the list: " + codes(agencies()));
        }
    }

    void requireTheme(String code) {
        if (code == null || themes().stream().noneMatch(a -> a.code().equals(code))) {
            throw EscalationException.invalid("theme", "Choose a theme from the list: " + codes(themes()));
        }
    }

    private static String codes(List<ListEntry> entries) {
        return String.join(", ", entries.stream().map(ListEntry::code).toList());
    }
}

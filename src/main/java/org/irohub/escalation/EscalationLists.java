package org.irohub.escalation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The agencies and themes an escalation may name: configurable lists kept as table rows. New escalations choose
 * from the active entries; a deactivated entry keeps its label on old escalations and in reports.
 */
@Component
public class EscalationLists {

    private final JdbcClient jdbc;

    EscalationLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ListEntry> agencies() {
        return active(EscalationListKind.AGENCY);
    }

    public List<ListEntry> themes() {
        return active(EscalationListKind.THEME);
    }

    public List<ListEntry> active(EscalationListKind kind) {
        return jdbc.sql("SELECT code, label FROM " + kind.table + " WHERE active ORDER BY position, code")
            .query(ListEntry.class).list();
    }

    /** Every entry, active or not, in list order. */
    public List<ListItem> all(EscalationListKind kind) {
        return jdbc.sql("SELECT code, label, position, active, version FROM " + kind.table + " ORDER BY position, code")
            .query(ListItem.class).list();
    }

    /** Labels of every entry, deactivated ones included, by code in list order. */
    public Map<String, String> labels(EscalationListKind kind) {
        Map<String, String> labels = new LinkedHashMap<>();
        all(kind).forEach(i -> labels.put(i.code(), i.label()));
        return labels;
    }

    public Optional<ListItem> find(EscalationListKind kind, String code) {
        return jdbc.sql("SELECT code, label, position, active, version FROM " + kind.table + " WHERE code = :code")
            .param("code", code).query(ListItem.class).optional();
    }

    void requireAgency(String code) {
        requireActive(EscalationListKind.AGENCY, code);
    }

    void requireTheme(String code) {
        requireActive(EscalationListKind.THEME, code);
    }

    private void requireActive(EscalationListKind kind, String code) {
        List<ListEntry> entries = active(kind);
        if (code == null || entries.stream().noneMatch(a -> a.code().equals(code))) {
            throw EscalationException.invalid(kind.singular(), "Choose " + (kind == EscalationListKind.AGENCY ? "an "
                    : "a ") + kind.singular() + " from the list: " + String.join(", ",
                            entries.stream().map(ListEntry::code).toList()));
        }
    }
}

package org.irohub.escalation;

import java.util.Locale;

import org.irohub.audit.AuditEvent;
import org.irohub.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adding, renaming, deactivating and reactivating agencies and themes. Entries are never deleted: old
 * escalations and reports still name them. A change made from an older version is refused as a conflict.
 */
@Service
public class EscalationListAdmin {

    static final int MAX_LABEL = 120;

    private final JdbcClient jdbc;
    private final EscalationLists lists;
    private final AuditLog audit;

    EscalationListAdmin(JdbcClient jdbc, EscalationLists lists, AuditLog audit) {
        this.jdbc = jdbc;
        this.lists = lists;
        this.audit = audit;
    }

    @Transactional
    public ListItem add(EscalationListKind kind, NewListEntry entry) {
        String label = requireLabel(entry.label());
        String code = entry.code() == null || entry.code().isBlank() ? codeFor(label) : entry.code().strip();
        if (!code.matches("[A-Z][A-Z0-9_]{0,39}")) {
            throw EscalationException.invalid("code", "A code is capital letters, digits and underscores, "
                    + "starting with a letter, at most 40 characters");
        }
        requireUniqueLabel(kind, label, null);
        if (lists.find(kind, code).isPresent()) {
            throw EscalationException.conflict("code", "There is already an " + kind.singular() + " with the code "
                    + code + ": rename or reactivate that one instead");
        }
        int position = jdbc.sql("SELECT COALESCE(MAX(position), 0) + 1 FROM " + kind.table)
            .query(Integer.class).single();
        jdbc.sql("INSERT INTO " + kind.table + " (code, label, position, active, version) VALUES (:code, :label, "
                + ":position, TRUE, 0)")
            .param("code", code).param("label", label).param("position", position).update();
        audit.record(AuditEvent.success("ESCALATION_LIST_ENTRY_ADDED", kind.recordType, code).withDetail(label));
        return lists.find(kind, code).orElseThrow();
    }

    @Transactional
    public ListItem change(EscalationListKind kind, String code, ListChange change) {
        ListItem current = lists.find(kind, code)
            .orElseThrow(() -> new EscalationException(EscalationException.Kind.NOT_FOUND, "code",
                    "There is no " + kind.singular() + " " + code));
        if (change.version() == null) {
            throw EscalationException.invalid("version", "Give the version you changed, to detect a change meanwhile");
        }
        String label = requireLabel(change.label());
        boolean active = change.active() == null ? current.active() : change.active();
        requireUniqueLabel(kind, label, code);
        int updated = jdbc.sql("UPDATE " + kind.table + " SET label = :label, active = :active, version = version + 1 "
                + "WHERE code = :code AND version = :version")
            .param("label", label).param("active", active).param("code", code).param("version", change.version())
            .update();
        if (updated == 0) {
            throw EscalationException.conflict("version", "Someone else changed this " + kind.singular()
                    + " meanwhile: check it as it is now and make your change again");
        }
        audit.record(AuditEvent.success("ESCALATION_LIST_ENTRY_CHANGED", kind.recordType, code)
            .withDetail(describe(current, label, active)));
        return lists.find(kind, code).orElseThrow();
    }

    private static String describe(ListItem before, String label, boolean active) {
        String what = before.label().equals(label) ? "" : "renamed from '" + before.label() + "' to '" + label + "'";
        if (before.active() != active) {
            what += (what.isEmpty() ? "" : "; ") + (active ? "reactivated" : "deactivated");
        }
        return what.isEmpty() ? "unchanged" : what;
    }

    private void requireUniqueLabel(EscalationListKind kind, String label, String exceptCode) {
        lists.all(kind).stream()
            .filter(i -> !i.code().equals(exceptCode) && i.label().equalsIgnoreCase(label))
            .findFirst()
            .ifPresent(i -> {
                throw EscalationException.conflict("label", "'" + i.label() + "' is in the list already"
                        + (i.active() ? "" : " (deactivated): reactivate it instead"));
            });
    }

    private static String requireLabel(String label) {
        if (label == null || label.isBlank()) {
            throw EscalationException.invalid("label", "Enter the name");
        }
        String stripped = label.strip();
        if (stripped.length() > MAX_LABEL) {
            throw EscalationException.invalid("label", "The name must be " + MAX_LABEL + " characters or fewer");
        }
        return stripped;
    }

    /** "Counted 4 (drug and alcohol)" becomes COUNTED_4_DRUG_AND_ALCOHOL. */
    static String codeFor(String label) {
        String code = label.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (code.isEmpty() || !Character.isLetter(code.charAt(0))) {
            code = "X_" + code;
        }
        return code.length() > 40 ? code.substring(0, 40).replaceAll("_+$", "") : code;
    }
}

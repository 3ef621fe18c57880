package org.irohub.protection;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.irohub.audit.AuditEvent;
import org.irohub.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The list of reasons out of timescale; administrators add to it (and retire reasons they no longer use). */
@Service
public class LateReasons {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    LateReasons(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<LateReason> all() {
        return jdbc.sql("SELECT code, label, active FROM late_reason ORDER BY position, code").query(LateReason.class).list();
    }

    @Transactional(readOnly = true)
    public Set<String> activeCodes() {
        return all().stream().filter(LateReason::active).map(LateReason::code).collect(Collectors.toSet());
    }

    @Transactional
    public LateReason add(String label) {
        if (label == null || label.isBlank()) {
            throw ProtectionException.invalid("label", "Enter the reason");
        }
        String code = label.trim().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
        if (code.isEmpty() || code.length() > 60) {
            throw ProtectionException.invalid("label", "Enter a reason of up to 60 letters and numbers");
        }
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM late_reason WHERE code = :code").param("code", code)
            .query(Long.class).single() > 0;
        if (exists) {
            throw ProtectionException.conflict("label", "That reason is already on the list");
        }
        int position = jdbc.sql("SELECT COALESCE(MAX(position), 0) + 1 FROM late_reason").query(Integer.class).single();
        jdbc.sql("INSERT INTO late_reason (code, label, active, position) VALUES (:code, :label, TRUE, :position)")
            .param("code", code)
            .param("label", label.trim())
            .param("position", position)
            .update();
        audit.record(AuditEvent.success("LATE_REASON_ADDED", "LateReason", code));
        return new LateReason(code, label.trim(), true);
    }

    @Transactional
    public void setActive(String code, boolean active) {
        int changed = jdbc.sql("UPDATE late_reason SET active = :active WHERE code = :code")
            .param("active", active)
            .param("code", code)
            .update();
        if (changed == 0) {
            throw ProtectionException.invalid("code", "'" + code + "' is not a reason out of timescale");
        }
        audit.record(AuditEvent.success(active ? "LATE_REASON_RESTORED" : "LATE_REASON_RETIRED", "LateReason", code));
    }
}

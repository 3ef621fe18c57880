package org.irohub.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.irohub.support.OnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** On PostgreSQL the database itself refuses to change or delete audit entries. */
@OnPostgres
class AuditLogIsAppendOnlyOnPostgresTests {

    @Autowired
    AuditLog audit;

    @Autowired
    AuditChainVerifier verifier;

    @Autowired
    JdbcClient jdbc;

    @Test
    void updatesAndDeletesAreRefusedAndTheChainStaysValid() {
        String recordId = UUID.randomUUID().toString();
        audit.recordAs("tester", AuditEvent.success("CHILD_VIEWED", "Child", recordId));

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET actor = 'x' WHERE record_id = :r").param("r", recordId).update())
            .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry WHERE record_id = :r").param("r", recordId).update())
            .hasMessageContaining("append-only");
        assertThat(verifier.verify().valid()).isTrue();
    }
}

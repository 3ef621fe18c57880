package org.irohub.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.irohub.support.IroHubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;

@IroHubTest
class AuditLogTests {

    @Autowired
    AuditLog audit;

    @Autowired
    AuditChainVerifier verifier;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void recordsWhoWhatWhichRecordChannelAndOutcome() {
        String id = UUID.randomUUID().toString();
        // Outside any web request, as a background job runs.
        RequestContextHolder.resetRequestAttributes();
        audit.recordAs("c.chair", AuditEvent.success("CHILD_VIEWED", "Child", id));

        var row = jdbc.sql("SELECT actor, action, record_type, channel, outcome FROM audit_entry WHERE record_id = :id")
            .param("id", id)
            .query(Row.class)
            .single();
        assertThat(row).isEqualTo(new Row("c.chair", "CHILD_VIEWED", "Child", "SYSTEM", "SUCCESS"));
    }

    @Test
    void entryRollsBackWithTheTransactionThatWroteIt() {
        String id = UUID.randomUUID().toString();
        tx.executeWithoutResult(status -> {
            audit.record(AuditEvent.success("CHILD_UPDATED", "Child", id));
            status.setRollbackOnly();
        });

        assertThat(countFor(id)).isZero();
        assertThat(verifier.verify().valid()).isTrue();
    }

    @Test
    void aRefusalStaysRecordedWhenItsTransactionRollsBack() {
        String id = UUID.randomUUID().toString();
        tx.executeWithoutResult(status -> {
            audit.record(AuditEvent.success("CHILD_UPDATED", "Child", id));
            audit.recordRefusal(new AuditEvent("CHILD_VIEWED", "Child", id, AuditOutcome.DENIED, "restricted"));
            status.setRollbackOnly();
        });

        assertThat(jdbc.sql("SELECT outcome FROM audit_entry WHERE record_id = :id").param("id", id).query(String.class).list())
            .containsExactly("DENIED");
        assertThat(verifier.verify().valid()).isTrue();
    }

    @Test
    void aRefusalInACommittedTransactionIsRecordedOnce() {
        String id = UUID.randomUUID().toString();
        tx.executeWithoutResult(status -> audit.recordRefusal(
                new AuditEvent("CHILD_VIEWED", "Child", id, AuditOutcome.DENIED, "restricted")));

        assertThat(countFor(id)).isEqualTo(1);
    }

    @Test
    void eachEntryLinksToTheHashOfTheOneBefore() {
        audit.recordAs("a", AuditEvent.success("X", "T", "1"));
        audit.recordAs("b", AuditEvent.success("Y", "T", "2"));

        var lastTwo = jdbc.sql("SELECT previous_hash, hash FROM audit_entry ORDER BY id DESC LIMIT 2").query(Link.class).list();
        assertThat(lastTwo.get(0).previousHash()).isEqualTo(lastTwo.get(1).hash());
        assertThat(verifier.verify().valid()).isTrue();
    }

    record Row(String actor, String action, String recordType, String channel, String outcome) {
    }

    record Link(String previousHash, String hash) {
    }

    private long countFor(String recordId) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE record_id = :id").param("id", recordId).query(Long.class).single();
    }
}
